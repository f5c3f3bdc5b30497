package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 社会保険料 (SocialInsurance): the rates of 厚生年金, 介護保険 and 子ども・子育て支援金, and the employee's share of
 * the health and pension premiums as deducted from wages. The view's date is the first day of the premium month
 * ({@link #lookupDate}); the premium of month M is usually deducted from the pay of month M+1.
 *
 * <p>The health premium is the prefecture's health rate plus every component the table puts in the HEALTH premium
 * that is levied for the person's age (care for ages 40-64, the support levy for everyone from April 2026);
 * the rates are summed, the premium halved (employeeShare) and rounded once (employeeShareRounding).
 */
public record SocialInsuranceRates(RuleView rules) {
    public static final String TABLE = "social-insurance-rate";

    /** A component of a premium, as the table's {@code component} column names it. */
    public enum Component { HEALTH, LONG_TERM_CARE, CHILD_SUPPORT_LEVY, PENSION }

    /** The premium a component belongs to (the premium that is halved and rounded as one amount). */
    public enum Premium { HEALTH, PENSION }

    /** The date to look the rules up on for a premium month: its first day (not the pay date). */
    public static LocalDate lookupDate(YearMonth premiumMonth) {
        return premiumMonth.atDay(1);
    }

    public RuleRow row(Component component) {
        return rules.row(TABLE, component);
    }

    /** The component's rate in %, or empty when it is not levied on this date (not a missing figure). */
    public Optional<BigDecimal> percent(Component component) {
        if (component == Component.HEALTH) {
            throw new IllegalArgumentException("the health rate is per prefecture: use HealthInsuranceRates");
        }
        RuleRow r = row(component);
        return isLevied(r) ? Optional.of(r.decimal("ratePercent")) : Optional.empty();
    }

    public BigDecimal pensionPercent() {
        return percent(Component.PENSION).orElseThrow(() -> notLevied(Component.PENSION));
    }

    /** 介護保険料率 (charged for ages 40-64, as the table says). */
    public BigDecimal carePercent() {
        return percent(Component.LONG_TERM_CARE).orElseThrow(() -> notLevied(Component.LONG_TERM_CARE));
    }

    /** 子ども・子育て支援金率: empty before the April 2026 premium. */
    public Optional<BigDecimal> supportLevyPercent() {
        return percent(Component.CHILD_SUPPORT_LEVY);
    }

    /** Whether the component is charged for a person of {@code age} (the age that counts for the premium month). */
    public boolean charged(Component component, int age) {
        RuleRow r = row(component);
        return isLevied(r) && (!r.has("minAge") || age >= r.integer("minAge")) && (!r.has("maxAge") || age <= r.integer("maxAge"));
    }

    /** The summed rate in % of a premium for a person (HEALTH includes the prefecture's health rate). */
    public BigDecimal premiumPercent(Premium premium, Prefecture prefecture, int age) {
        BigDecimal sum = premium == Premium.HEALTH ? new HealthInsuranceRates(rules).percent(prefecture) : BigDecimal.ZERO;
        for (RuleRow r : rules.rows(TABLE)) {
            Component c = Component.valueOf(r.text("component"));
            if (c != Component.HEALTH && r.text("premium").equals(premium.name()) && charged(c, age)) {
                sum = sum.add(r.decimal("ratePercent"));
            }
        }
        return sum;
    }

    /** The employee's share of the health premium (health + care + support levy), whole yen. */
    public Yen healthEmployeeShare(Prefecture prefecture, Yen standardMonthlyRemuneration, int age) {
        return employeeShare(Component.HEALTH, standardMonthlyRemuneration, premiumPercent(Premium.HEALTH, prefecture, age));
    }

    /** The employee's share of the 厚生年金 premium, whole yen. */
    public Yen pensionEmployeeShare(Yen standardMonthlyRemuneration) {
        return employeeShare(Component.PENSION, standardMonthlyRemuneration, premiumPercent(Premium.PENSION, null, 0));
    }

    /**
     * The employee's share of the health premium at an establishment under the premium adjustment
     * ({@link PremiumAdjustment#employeeShare}: a fraction such as 0.30 instead of the table's half).
     */
    public Yen healthEmployeeShare(Prefecture prefecture, Yen standardMonthlyRemuneration, int age, BigDecimal share) {
        return employeeShare(Component.HEALTH, standardMonthlyRemuneration, premiumPercent(Premium.HEALTH, prefecture, age), share);
    }

    /** The employee's share of the pension premium under the premium adjustment (a fraction instead of half). */
    public Yen pensionEmployeeShare(Yen standardMonthlyRemuneration, BigDecimal share) {
        return employeeShare(Component.PENSION, standardMonthlyRemuneration, premiumPercent(Premium.PENSION, null, 0), share);
    }

    private Yen employeeShare(Component head, Yen standardMonthlyRemuneration, BigDecimal percent) {
        return employeeShare(head, standardMonthlyRemuneration, percent, row(head).decimal("employeeShare"));
    }

    private Yen employeeShare(Component head, Yen standardMonthlyRemuneration, BigDecimal percent, BigDecimal share) {
        RuleRow r = row(head);
        BigDecimal exact = standardMonthlyRemuneration.toBigDecimal().multiply(percent).multiply(share)
                .divide(BigDecimal.valueOf(100));
        return YenRoundings.round(exact, r.text("employeeShareRounding"));
    }

    /** levied is required: an empty value is a missing figure and fails, it does not mean "not levied". */
    private static boolean isLevied(RuleRow r) {
        return Boolean.parseBoolean(r.text("levied"));
    }

    private RuleNotFound notLevied(Component component) {
        return new RuleNotFound(TABLE, "[" + component + "]", rules.date(), "the component is not levied on this date");
    }
}
