package jp.tsunagu.employment.internal.minimumwage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.MinimumWages;
import org.springframework.stereotype.Component;

/**
 * The minimum-wage guard: an hourly wage against the prefecture's 地域別最低賃金 in force on each day (table
 * {@code minimum-wage}: each prefecture's rate from its own date), reduced by a 減額特例 permit valid that day. Nothing
 * here is stored or audited; it reads the rule tables only.
 */
@Component
public class MinimumWageGuard {
    private final Rules rules;

    MinimumWageGuard(Rules rules) {
        this.rules = rules;
    }

    /** A permit as the guard needs it: its number, the reduction in percent and its validity. */
    public record Permit(String number, BigDecimal reductionPercent, LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /**
     * A day on which the wage falls below: the prefecture's minimum that day ({@code minimum}, whole yen, and the date it
     * took effect), the minimum that applies to the worker ({@code applicable}: the same, or reduced under
     * {@code permit}), and the row's source.
     */
    public record Below(LocalDate date, Yen minimum, LocalDate minimumFrom, BigDecimal applicable, Permit permit, String source) {
    }

    /** The first day from {@code from} to {@code to} on which {@code wage} falls below the applicable minimum. */
    public Optional<Below> firstBelow(Prefecture prefecture, Yen wage, List<Permit> permits, LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Optional<Below> below = below(prefecture, wage, permits, day);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    /** The applicable minimum on {@code day} if {@code wage} falls below it. */
    public Optional<Below> below(Prefecture prefecture, Yen wage, List<Permit> permits, LocalDate day) {
        MinimumWages minimum = new MinimumWages(rules.on(day));
        RuleRow row = minimum.row(prefecture);
        Permit permit = permits.stream().filter(p -> p.covers(day)).findFirst().orElse(null);
        BigDecimal applicable = permit == null ? minimum.yenPerHour(prefecture).toBigDecimal() : minimum.reduced(prefecture, permit.reductionPercent());
        return wage.toBigDecimal().compareTo(applicable) < 0
                ? Optional.of(new Below(day, minimum.yenPerHour(prefecture), row.rowEffectiveFrom(), applicable, permit, row.source()))
                : Optional.empty();
    }

    /** A change of the prefecture's minimum: the day it takes effect and the new rate. */
    public record Change(LocalDate date, Yen yenPerHour, String source) {
    }

    /**
     * The changes of the prefecture's minimum after {@code after} among the versions loaded (scheduled ones included), in
     * date order: the days on which the rate in force is a row that starts that day.
     */
    public List<Change> changesAfter(Prefecture prefecture, LocalDate after) {
        List<jp.tsunagu.rules.RuleVersion> versions = rules.versions(MinimumWages.TABLE);
        LocalDate horizon = versions.getLast().effectiveFrom().plusYears(1);
        List<Change> changes = new ArrayList<>();
        Yen previous = new MinimumWages(rules.on(after)).yenPerHour(prefecture);
        for (LocalDate day = after.plusDays(1); !day.isAfter(horizon); day = day.plusDays(1)) {
            MinimumWages minimum = new MinimumWages(rules.on(day));
            Yen rate = minimum.yenPerHour(prefecture);
            if (!rate.equals(previous)) {
                changes.add(new Change(day, rate, minimum.row(prefecture).source()));
                previous = rate;
            }
        }
        return changes;
    }
}
