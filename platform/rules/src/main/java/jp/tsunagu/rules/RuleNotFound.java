package jp.tsunagu.rules;

import java.time.LocalDate;

/** No rule for this table, key and date: a clear failure, never a default (and never 0). */
public class RuleNotFound extends RuntimeException {
    private final String table;
    private final String key;
    private final LocalDate date;

    public RuleNotFound(String table, String key, LocalDate date, String why) {
        super("rule table " + table + (key == null ? "" : ", key " + key) + ", date " + date + ": " + why);
        this.table = table;
        this.key = key;
        this.date = date;
    }

    public String table() {
        return table;
    }

    public String key() {
        return key;
    }

    public LocalDate date() {
        return date;
    }
}
