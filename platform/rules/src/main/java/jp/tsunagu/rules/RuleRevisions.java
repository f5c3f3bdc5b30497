package jp.tsunagu.rules;

/** Operators add versions of rule tables as data (YAML, or CSV named {@code *.csv}), validated, stored and audited; no release needed. */
public interface RuleRevisions {

    /** Adds a version; it takes effect on its date. A refusal names file, line and field and changes nothing. */
    RuleVersion upload(String file, String content, String by);

    /** A refused upload. */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
