package jp.tsunagu.wages.internal.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.tsunagu.kernel.Yen;

/**
 * The monthly calculation of 工賃 under an office's 工賃規程 ({@link Terms}): each user's base part (per hour, per day,
 * per piece, a fixed monthly part plus per hour, or none for equal shares), then the rest of the pool shared by hours,
 * days or equally, so that what is paid adds up to the pool exactly (the office may not keep a surplus, cases WG-2,
 * WG-3). 工賃 may not be paid out of benefit income: a pool (plus the reserve used) smaller than the base parts is a
 * {@link Shortfall} with the rate that would fit, and nothing is paid.
 *
 * <p>Whole yen, in this order:
 * <ol>
 *   <li>each base part is computed exactly and rounded to whole yen by the rule's rounding mode (切り捨て by default);</li>
 *   <li>if the base parts together exceed what is available, the result is a shortfall of the difference;</li>
 *   <li>otherwise the rest ({@code available − Σ base}, which also holds the yen the rounding of step 1 left) is shared
 *   in proportion to each user's weight (minutes, days, or 1 each): each share is truncated, and the yen still left
 *   (fewer than the number of users) go one each to the largest fractions dropped (largest remainder method); equal
 *   fractions go to the greater weight, then to the user listed first. No user gets more than one yen above the exact
 *   share.</li>
 * </ol>
 * Pure: no clock, no Spring, no database.
 */
public final class PayCalculation {
    private PayCalculation() {
    }

    /** What the base part pays for. */
    public enum Basis {
        /** 時間給: rate per hour × hours. */
        HOURLY,
        /** 日給: rate per day × days present. */
        DAILY,
        /** 出来高: rate per piece × pieces made. */
        PIECE,
        /** 固定月額＋時間給: a fixed part for each user present at least one day, plus rate per hour × hours. */
        FIXED_PLUS_HOURLY,
        /** 均等割: no base part; the whole pool is shared. */
        EQUAL_SHARES
    }

    /** How the rest of the pool is shared. */
    public enum RestBy {
        HOURS, DAYS, EQUAL
    }

    /**
     * One version of the office's 工賃規程, as the calculation needs it: the basis and its rates (whole yen, those the basis
     * does not use are null), how the rest is shared, the rounding of base parts, and rates per hour set per user (能力給;
     * the rule accepts them only with a warning).
     */
    public record Terms(Basis basis, Yen ratePerHour, Yen ratePerDay, Yen ratePerPiece, Yen fixedMonthly, RestBy restBy,
                        Yen.Rounding rounding) {
        public Terms {
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(restBy, "restBy");
            Objects.requireNonNull(rounding, "rounding");
            for (Yen rate : new Yen[] {ratePerHour, ratePerDay, ratePerPiece, fixedMonthly}) {
                if (rate != null && rate.isNegative()) {
                    throw new IllegalArgumentException("a rate of the pay rules is negative: " + rate);
                }
            }
        }

        /** {@code rate} yen per hour, the rest by hours, fractions truncated (WG-2's rule). */
        public static Terms hourly(Yen rate) {
            return new Terms(Basis.HOURLY, rate, null, null, null, RestBy.HOURS, Yen.Rounding.TRUNCATE);
        }

        /** The rate the basis varies (per hour, day or piece); null for equal shares. */
        public Yen variableRate() {
            return switch (basis) {
                case HOURLY, FIXED_PLUS_HOURLY -> ratePerHour;
                case DAILY -> ratePerDay;
                case PIECE -> ratePerPiece;
                case EQUAL_SHARES -> null;
            };
        }

        Terms withVariableRate(Yen rate) {
            return switch (basis) {
                case HOURLY, FIXED_PLUS_HOURLY -> new Terms(basis, rate, ratePerDay, ratePerPiece, fixedMonthly, restBy, rounding);
                case DAILY -> new Terms(basis, ratePerHour, rate, ratePerPiece, fixedMonthly, restBy, rounding);
                case PIECE -> new Terms(basis, ratePerHour, ratePerDay, rate, fixedMonthly, restBy, rounding);
                case EQUAL_SHARES -> this;
            };
        }
    }

    /** A user's month: minutes and days of service (closed, after the office's time rounding) and pieces made. */
    public record Work<K>(K user, long minutes, int days, int pieces) {
        public Work {
            if (minutes < 0 || days < 0 || pieces < 0) {
                throw new IllegalArgumentException("the work of " + user + " is negative");
            }
        }
    }

    /** The outcome of a calculation. */
    public sealed interface Outcome<K> permits Distributed, Shortfall, NoWork {
    }

    /**
     * What is available (pool + reserve used) paid out: {@code payments} in the order the users were given;
     * {@code baseTotal + rest == available == Σ payments}.
     */
    public record Distributed<K>(Yen available, Yen baseTotal, Yen rest, List<Payment<K>> payments) implements Outcome<K> {
        public Distributed {
            payments = List.copyOf(payments);
        }

        public Yen total() {
            return payments.stream().map(Payment::total).reduce(Yen.ZERO, Yen::plus);
        }

        public Payment<K> of(K user) {
            return payments.stream().filter(p -> p.user().equals(user)).findFirst().orElseThrow();
        }

        /** The rest per hour ({@code rest ÷ total hours}, to the sen, truncated) for display: 30 yen in WG-2. */
        public BigDecimal restPerHour() {
            long minutes = payments.stream().mapToLong(Payment::minutes).sum();
            return minutes == 0 ? BigDecimal.ZERO
                    : rest.toBigDecimal().multiply(BigDecimal.valueOf(60)).divide(BigDecimal.valueOf(minutes), 2, RoundingMode.DOWN);
        }
    }

    /** One user's 工賃 with its inputs: the rate applied to the base, the base part and the share of the rest. */
    public record Payment<K>(K user, long minutes, int days, int pieces, Yen rate, Yen base, Yen share) {
        public Yen total() {
            return base.plus(share);
        }
    }

    /**
     * The base parts ({@code baseTotal}) exceed what is available by {@code shortfall}: nothing is paid. The office chooses
     * a lower rate ({@code fittingRate}: the highest whole-yen rate of the basis whose base parts fit; null for equal
     * shares, or when no rate fits) or a reserve where one exists. A loss (negative pool) is a shortfall too, whatever the rate.
     */
    public record Shortfall<K>(Yen available, Yen baseTotal, Yen shortfall, Yen fittingRate) implements Outcome<K> {
    }

    /** Something is left to share but nobody has hours, days or pieces to share it by: nothing is paid. */
    public record NoWork<K>(Yen available) implements Outcome<K> {
    }

    /**
     * Calculates the month: {@code available} (the pool plus any reserve used) under {@code terms}, with
     * {@code personRates} (user → rate per hour, for an hourly basis; may be empty) and each user's {@code work}.
     */
    public static <K> Outcome<K> calculate(Terms terms, Map<K, Yen> personRates, Yen available, List<Work<K>> work) {
        Objects.requireNonNull(available, "available");
        Map<K, Payment<K>> base = baseParts(terms, personRates, work);
        Yen baseTotal = base.values().stream().map(Payment::base).reduce(Yen.ZERO, Yen::plus);
        if (baseTotal.isGreaterThan(available) || available.isNegative()) {
            return new Shortfall<>(available, baseTotal, baseTotal.minus(available).max(available.negate()),
                    fittingRate(terms, personRates, available, work));
        }
        Yen rest = available.minus(baseTotal);
        Map<K, Long> weights = new LinkedHashMap<>();
        for (Work<K> w : work) {
            weights.put(w.user(), switch (terms.restBy()) {
                case HOURS -> w.minutes();
                case DAYS -> (long) w.days();
                case EQUAL -> w.days() > 0 || w.minutes() > 0 || w.pieces() > 0 ? 1L : 0L;
            });
        }
        long totalWeight = weights.values().stream().mapToLong(Long::longValue).sum();
        if (totalWeight == 0 && rest.isGreaterThan(Yen.ZERO)) {
            return new NoWork<>(available);
        }
        Map<K, Long> shares = shares(rest, weights, totalWeight);
        List<Payment<K>> payments = new ArrayList<>();
        base.forEach((user, p) -> payments.add(new Payment<>(user, p.minutes(), p.days(), p.pieces(), p.rate(), p.base(),
                Yen.of(shares.getOrDefault(user, 0L)))));
        return new Distributed<>(available, baseTotal, rest, payments);
    }

    private static <K> Map<K, Payment<K>> baseParts(Terms terms, Map<K, Yen> personRates, List<Work<K>> work) {
        Map<K, Payment<K>> parts = new LinkedHashMap<>();
        for (Work<K> w : work) {
            if (parts.containsKey(w.user())) {
                throw new IllegalArgumentException("the work of " + w.user() + " is given twice");
            }
            Yen hourly = personRates.getOrDefault(w.user(), terms.ratePerHour());
            Yen rate = switch (terms.basis()) {
                case HOURLY, FIXED_PLUS_HOURLY -> required(hourly, "ratePerHour");
                case DAILY -> required(terms.ratePerDay(), "ratePerDay");
                case PIECE -> required(terms.ratePerPiece(), "ratePerPiece");
                case EQUAL_SHARES -> Yen.ZERO;
            };
            Yen amount = switch (terms.basis()) {
                case HOURLY -> perHour(rate, w.minutes(), terms.rounding());
                case FIXED_PLUS_HOURLY -> (w.days() > 0 ? required(terms.fixedMonthly(), "fixedMonthly") : Yen.ZERO)
                        .plus(perHour(rate, w.minutes(), terms.rounding()));
                case DAILY -> Yen.of(rate.value() * w.days());
                case PIECE -> Yen.of(rate.value() * w.pieces());
                case EQUAL_SHARES -> Yen.ZERO;
            };
            parts.put(w.user(), new Payment<>(w.user(), w.minutes(), w.days(), w.pieces(), rate, amount, Yen.ZERO));
        }
        return parts;
    }

    /** {@code rate × minutes ÷ 60}, rounded once (a multiple of 1/60 yen: ten decimals hold every boundary exactly). */
    private static Yen perHour(Yen rate, long minutes, Yen.Rounding rounding) {
        return Yen.of(BigDecimal.valueOf(rate.value()).multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 10,
                RoundingMode.DOWN), rounding);
    }

    private static Yen required(Yen rate, String name) {
        if (rate == null) {
            throw new IllegalArgumentException("the pay rules lack " + name);
        }
        return rate;
    }

    /** The highest whole-yen variable rate whose base parts fit {@code available} (person rates left as they are). */
    private static <K> Yen fittingRate(Terms terms, Map<K, Yen> personRates, Yen available, List<Work<K>> work) {
        Yen rate = terms.variableRate();
        if (rate == null) {
            return null;
        }
        long low = 0;
        long high = rate.value();
        if (!fits(terms.withVariableRate(Yen.ZERO), personRates, available, work)) {
            return null; // not even a rate of 0 fits (a loss, or fixed parts above the pool): no rate to offer
        }
        while (low < high) { // base parts grow with the rate: the largest rate that fits, by bisection
            long mid = (low + high + 1) / 2;
            if (fits(terms.withVariableRate(Yen.of(mid)), personRates, available, work)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return Yen.of(low);
    }

    private static <K> boolean fits(Terms terms, Map<K, Yen> personRates, Yen available, List<Work<K>> work) {
        return !baseParts(terms, personRates, work).values().stream().map(Payment::base).reduce(Yen.ZERO, Yen::plus)
                .isGreaterThan(available);
    }

    /** {@code rest} shared by {@code weights}, truncated, the yen left to the largest fractions (see the class comment). */
    private static <K> Map<K, Long> shares(Yen rest, Map<K, Long> weights, long totalWeight) {
        Map<K, Long> shares = new LinkedHashMap<>();
        if (totalWeight == 0) {
            return shares;
        }
        BigInteger restTimes = BigInteger.valueOf(rest.value());
        BigInteger total = BigInteger.valueOf(totalWeight);
        List<Remainder<K>> remainders = new ArrayList<>();
        long shared = 0;
        int order = 0;
        for (Map.Entry<K, Long> e : weights.entrySet()) {
            BigInteger[] qr = restTimes.multiply(BigInteger.valueOf(e.getValue())).divideAndRemainder(total);
            shares.put(e.getKey(), qr[0].longValueExact());
            shared += qr[0].longValueExact();
            remainders.add(new Remainder<>(e.getKey(), qr[1], e.getValue(), order++));
        }
        long left = rest.value() - shared; // fewer than the users: each truncation dropped less than one yen
        remainders.sort(Comparator.<Remainder<K>, BigInteger>comparing(Remainder::fraction).reversed()
                .thenComparing(Comparator.<Remainder<K>>comparingLong(Remainder::weight).reversed())
                .thenComparingInt(Remainder::order));
        for (int i = 0; i < left; i++) {
            shares.merge(remainders.get(i).user(), 1L, Long::sum);
        }
        return shares;
    }

    private record Remainder<K>(K user, BigInteger fraction, long weight, int order) {
    }
}
