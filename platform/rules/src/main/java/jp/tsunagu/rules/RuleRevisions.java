package jp.tsunagu.rules;

/** Operators add versions of rule tables as data (YAML, or CSV named {@code *.csv}), validated, stored and audited; no release needed. */
public interface RuleRevisions {

    /** Adds a version; it takes effect on its date. A refusal names file, line and field and changes nothing. */
    RuleVersion upload(String file, String content, String by);

    /**
     * Adds a new table (YAML: table, title, key, columns, revision, versions). A table whose next version would
     * already be due is refused. Returns its id.
     */
    String uploadTable(String file, String content, String by);

    /** A refused upload. */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
