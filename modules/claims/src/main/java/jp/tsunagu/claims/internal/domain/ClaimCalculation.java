package jp.tsunagu.claims.internal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.national.BillingRounding;

/**
 * One person's month of one service type as the 国保連 claim computes it (current-rules.md, Claims; the BL cases):
 * the unit lines (a service code's units × its count: the base per day, additions per day, per trip, per response), then
 * each percentage addition on the units so far (処遇改善加算), rounded to whole units after its own step; the cost =
 * units × the regional unit price, rounded once for the service type; the user's share of it; the user's charge, the
 * least of the share, the certificate's monthly cap and the upper-limit management result; the benefit claimed = the
 * cost − the charge. Every rounding is the rule table's ({@code billing-rounding}); every figure keeps its line of the
 * trail. Pure: the rule rows are resolved by the caller.
 */
public final class ClaimCalculation {
    private ClaimCalculation() {
    }

    /** A line of units: a service code, what it is, the units each time, how many times in the month. */
    public record UnitLine(String code, String label, int unitsEach, int count) {
        public UnitLine {
            Objects.requireNonNull(code, "code");
            if (count < 0) {
                throw new IllegalArgumentException(code + ": count " + count + " is negative");
            }
        }

        long units() {
            return (long) unitsEach * count;
        }
    }

    /** A percentage addition on the units so far: its service code, what it is, the rate per mille (処遇改善 (Ⅰ) 93). */
    public record RateLine(String code, String label, int perMille) {
    }

    /**
     * What the month's claim of one service type takes: the lines, the rate lines in order, the unit price (yen per unit,
     * with sen), the certificate's monthly cap, and the result of upper-limit management when another office manages it
     * (else null).
     */
    public record Input(List<UnitLine> lines, List<RateLine> rates, BigDecimal unitPrice, Yen copayCap, Yen managementResult) {
        public Input {
            lines = List.copyOf(lines);
            rates = List.copyOf(rates);
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(copayCap, "copayCap");
        }
    }

    /**
     * A line of the result: the code, what it is, how its units were found, its units; for a line of units the units each
     * time and the count, for a percentage its rate per mille (else null).
     */
    public record Line(String code, String label, String formula, long units, int unitsEach, int count, Integer perMille) {
    }

    /** The month's claim of the service type, with the trail of every figure. */
    public record Result(List<Line> lines, long units, Yen cost, Yen share, Yen charge, Yen benefit, List<String> trail) {
        public Result {
            lines = List.copyOf(lines);
            trail = List.copyOf(trail);
        }
    }

    public static Result calculate(Input in, BillingRounding rounding) {
        List<Line> lines = new ArrayList<>();
        List<String> trail = new ArrayList<>();
        long units = 0;
        for (UnitLine l : in.lines()) {
            if (l.count() == 0) {
                continue;
            }
            lines.add(new Line(l.code(), l.label(), l.unitsEach() + " × " + l.count(), l.units(), l.unitsEach(), l.count(), null));
            units += l.units();
        }
        trail.add("units " + units + " (" + String.join(" + ", lines.stream().map(x -> x.code() + " " + x.units()).toList()) + ")");
        for (RateLine r : in.rates()) {
            long added = rounding.applyPercent(units, BigDecimal.valueOf(r.perMille(), 1));
            lines.add(new Line(r.code(), r.label(), units + " × " + r.perMille() + "/1000", added, 0, 1, r.perMille()));
            trail.add(r.code() + ": " + units + " × " + r.perMille() + "/1000 = " + added + " (" + rounding.row().text("percentRounding")
                    + " after the step)");
            units += added;
        }
        Yen cost = rounding.yen(units, in.unitPrice());
        trail.add("cost " + units + " × " + in.unitPrice().toPlainString() + " = " + cost.value() + " yen (" + rounding.row().text("yenRounding")
                + ", once for the service type)");
        Yen share = rounding.userShare(cost);
        Yen charge = in.managementResult() == null ? rounding.userCharge(cost, in.copayCap())
                : rounding.userCharge(cost, in.copayCap(), in.managementResult());
        trail.add("share " + share.value() + ", cap " + in.copayCap().value()
                + (in.managementResult() == null ? "" : ", upper-limit management " + in.managementResult().value()) + " → the user pays "
                + charge.value());
        Yen benefit = rounding.benefit(cost, charge);
        trail.add("benefit " + cost.value() + " − " + charge.value() + " = " + benefit.value() + "; " + BillingRounding.TABLE + " "
                + rounding.row().version().effectiveFrom());
        return new Result(lines, units, cost, share, charge, benefit, trail);
    }
}
