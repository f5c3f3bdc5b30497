package jp.tsunagu.rules;

/** A {@link RuleView} that remembers every table version a computation read through it. */
public interface TracedRuleView extends RuleView {

    /** The versions read so far, in the order first read. */
    RuleTrail trail();
}
