package jp.tsunagu.training.internal.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import jp.tsunagu.rules.national.TransitionUsagePeriod;

/**
 * A person's 就労移行支援 usage period as of a day (pure): the standard end (the day before the same day
 * {@code standardMonths} after the first day of use, a default to warn against, shown as 目安), extended by the months
 * the municipality granted; the benefit decision's end, which rules when it comes first; the days of the two warnings
 * (after 18 and 22 months of use, as the rule data says) and which applies on {@code asOf}; the days left.
 *
 * @param grantedMonths the extension granted so far, in months
 * @param decisionEnd   the last day the benefit decision allows, or null when none covers the period
 */
public record UsagePeriod(LocalDate firstDay, int standardMonths, int grantedMonths, LocalDate decisionEnd, LocalDate firstWarning,
                          LocalDate secondWarning, LocalDate asOf, String trail) {

    /** How the period stands on {@link #asOf}. */
    public enum Stage { RUNNING, FIRST_WARNING, SECOND_WARNING, ENDED }

    /** What rules the end: the (extended) standard period, or the benefit decision that ends first. */
    public enum EndBy { STANDARD, DECISION }

    public static UsagePeriod of(LocalDate firstDay, TransitionUsagePeriod rule, int grantedMonths, LocalDate decisionEnd, LocalDate asOf) {
        int standard = rule.standardMonths();
        String trail = "first day " + firstDay + "; standard " + standard + " months (" + TransitionUsagePeriod.TABLE + ")"
                + (grantedMonths > 0 ? " + " + grantedMonths + " granted" : "")
                + (decisionEnd == null ? "; no benefit decision covers it" : "; benefit decision to " + decisionEnd)
                + "; warnings after " + rule.firstWarningMonths() + " and " + rule.secondWarningMonths() + " months";
        return new UsagePeriod(firstDay, standard, grantedMonths, decisionEnd, firstDay.plusMonths(rule.firstWarningMonths()),
                firstDay.plusMonths(rule.secondWarningMonths()), asOf, trail);
    }

    /** The standard end, before any extension: 2025-04-15 → 2027-04-14 (目安). */
    public LocalDate standardEnd() {
        return firstDay.plusMonths(standardMonths).minusDays(1);
    }

    /** The standard end with the months granted. */
    public LocalDate extendedEnd() {
        return firstDay.plusMonths(standardMonths + grantedMonths).minusDays(1);
    }

    public EndBy endBy() {
        return decisionEnd != null && decisionEnd.isBefore(extendedEnd()) ? EndBy.DECISION : EndBy.STANDARD;
    }

    /** The day that rules: the benefit decision's end when it comes first, else the (extended) standard end. */
    public LocalDate end() {
        return endBy() == EndBy.DECISION ? decisionEnd : extendedEnd();
    }

    public Stage stage() {
        if (asOf.isAfter(end())) {
            return Stage.ENDED;
        }
        if (!asOf.isBefore(secondWarning)) {
            return Stage.SECOND_WARNING;
        }
        return asOf.isBefore(firstWarning) ? Stage.RUNNING : Stage.FIRST_WARNING;
    }

    /** Days from {@link #asOf} to the end, the end counted (0 once ended). */
    public long daysLeft() {
        return asOf.isAfter(end()) ? 0 : ChronoUnit.DAYS.between(asOf, end()) + 1;
    }

    /** Whole months of use from the first day to {@link #asOf}. */
    public long monthsUsed() {
        return asOf.isBefore(firstDay) ? 0 : ChronoUnit.MONTHS.between(firstDay, asOf);
    }
}
