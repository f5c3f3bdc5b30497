package jp.tsunagu.rules.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import jp.tsunagu.rules.RevisionSchedule;
import jp.tsunagu.rules.RevisionSchedule.Every;

/** Reads a table's {@code revision:} declaration; a declaration that cannot be read is refused naming its field. */
final class RevisionSchedules {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final Set<String> FIELDS = Set.of("every", "from", "next", "years", "note");

    private RevisionSchedules() {
    }

    static RevisionSchedule parse(UnaryOperator<String> at, Object raw) {
        if (raw == null) {
            throw new IllegalStateException(at.apply("revision") + ": is required: every table says how it is revised"
                    + " (every: FISCAL_YEAR or CALENDAR_YEAR with from, REVISION with next, or WHEN_AMENDED)");
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new IllegalStateException(at.apply("revision") + ": cannot be read: " + raw
                    + " (a mapping with every, and from, next or years as the cadence needs)");
        }
        for (Object k : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(k))) {
                throw new IllegalStateException(at.apply("revision." + k) + ": unknown field (one of every, from, next, years, note)");
            }
        }
        Object every0 = map.get("every");
        Every every;
        try {
            every = Every.valueOf(String.valueOf(every0));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(at.apply("revision.every") + ": cannot be read: " + every0 + " (one of "
                    + Arrays.toString(Every.values()).replaceAll("[\\[\\]]", "") + ")");
        }
        List<MonthDay> from = new ArrayList<>();
        if (map.get("from") != null) {
            List<?> days = map.get("from") instanceof List<?> l ? l : List.of(map.get("from"));
            for (int i = 0; i < days.size(); i++) {
                try {
                    from.add(MonthDay.parse(String.valueOf(days.get(i)), MONTH_DAY));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(at.apply("revision.from") + ": cannot be read: " + days.get(i)
                            + " (a month and day, MM-DD, e.g. 10-01)");
                }
            }
        }
        LocalDate next = map.get("next") == null ? null : RuleCatalog.date(at.apply("revision.next"), map.get("next"));
        Integer years = null;
        if (map.get("years") != null) {
            if (!(map.get("years") instanceof Number n) || n.intValue() < 1) {
                throw new IllegalStateException(at.apply("revision.years") + ": cannot be read: " + map.get("years")
                        + " (a whole number of years, at least 1)");
            }
            years = n.intValue();
        }
        switch (every) {
            case FISCAL_YEAR, CALENDAR_YEAR -> {
                if (from.isEmpty()) {
                    throw new IllegalStateException(at.apply("revision.from") + ": is required for every: " + every
                            + " (the month-days new versions first take effect, e.g. [10-01])");
                }
                if (next != null || years != null) {
                    throw new IllegalStateException(at.apply(next != null ? "revision.next" : "revision.years")
                            + ": belongs to every: REVISION, not " + every);
                }
            }
            case REVISION -> {
                if (next == null) {
                    throw new IllegalStateException(at.apply("revision.next") + ": is required for every: REVISION"
                            + " (the date the next revision is expected)");
                }
                if (!from.isEmpty()) {
                    throw new IllegalStateException(at.apply("revision.from") + ": belongs to every: FISCAL_YEAR or CALENDAR_YEAR");
                }
            }
            case WHEN_AMENDED -> {
                if (!from.isEmpty() || next != null || years != null) {
                    throw new IllegalStateException(at.apply("revision") + ": every: WHEN_AMENDED has no dates (from, next, years)");
                }
            }
        }
        Object note = map.get("note");
        return new RevisionSchedule(every, from, next, years, note == null ? null : note.toString().strip());
    }
}
