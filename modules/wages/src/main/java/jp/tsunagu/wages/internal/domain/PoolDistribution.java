package jp.tsunagu.wages.internal.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.tsunagu.kernel.Yen;

/**
 * Distributing a month's pool of 工賃 (revenue − expenses of the production activity) to the users by the rule
 * "{@code ratePerHour} yen per hour worked, then the rest of the pool shared in proportion to the hours" (cases WG-2,
 * WG-3). The office may not keep a surplus, so what is paid adds up to the pool exactly; and 工賃 may not be paid out of
 * benefit income, so a pool smaller than the hourly part is a shortfall and nothing is distributed.
 *
 * <p>Whole yen, in this order:
 * <ol>
 *   <li>each user's hourly part is {@code ratePerHour × minutes ÷ 60}, truncated to whole yen (切り捨て);</li>
 *   <li>if the hourly parts together exceed the pool, the result is a {@link Shortfall} of the difference: nothing is
 *   paid;</li>
 *   <li>otherwise the rest ({@code pool − Σ hourly parts}, which also holds the yen the truncation of step 1 left) is
 *   shared in proportion to minutes: each share {@code rest × minutes ÷ total minutes} is truncated, and the yen still
 *   left (fewer than the number of users) go one each to the users with the largest fractions dropped (largest
 *   remainder method); equal fractions go to the user with more minutes, then to the one listed first. So the sum paid
 *   equals the pool exactly, and no user gets more than one yen above their exact share.</li>
 * </ol>
 * Hours come as minutes, as the attendance records keep them. The per-hour rate is an input here: the office's
 * versioned 工賃規程 supplies it in a later increment. Pure: no clock, no Spring.
 */
public final class PoolDistribution {
    private PoolDistribution() {
    }

    /** The outcome of a distribution. */
    public sealed interface Outcome<K> permits Distributed, Shortfall, NoHours {
    }

    /**
     * The pool paid out: {@code payments} in the order the users were given, each with its hourly part and its share of
     * the rest; {@code hourlyTotal + rest == pool == Σ payments}.
     */
    public record Distributed<K>(Yen pool, Yen hourlyTotal, Yen rest, List<Payment<K>> payments) implements Outcome<K> {
        public Distributed {
            payments = List.copyOf(payments);
        }

        public Yen total() {
            return payments.stream().map(Payment::total).reduce(Yen.ZERO, Yen::plus);
        }

        public Payment<K> of(K user) {
            return payments.stream().filter(p -> p.user().equals(user)).findFirst().orElseThrow();
        }
    }

    /** One user's 工賃: the hourly part plus the share of the rest. */
    public record Payment<K>(K user, long minutes, Yen hourly, Yen share) {
        public Yen total() {
            return hourly.plus(share);
        }
    }

    /**
     * The hourly parts alone ({@code hourlyTotal}) exceed the pool by {@code shortfall}: nothing is distributed. The
     * office chooses: a lower rate ({@code fittingRate} is a whole-yen rate per hour whose hourly parts fit the pool),
     * or a reserve where one exists. A pool that is a loss (negative) is a shortfall too, even at rate 0.
     */
    public record Shortfall<K>(Yen pool, Yen hourlyTotal, Yen shortfall, Yen fittingRate) implements Outcome<K> {
    }

    /** Nobody worked an hour: there is nothing to share the pool by; the pool stays undistributed. */
    public record NoHours<K>(Yen pool) implements Outcome<K> {
    }

    /**
     * Distributes {@code pool} by {@code ratePerHour} and the rest in proportion to {@code minutes} (user → minutes
     * worked in the month, in the order payments are listed and ties broken).
     */
    public static <K> Outcome<K> distribute(Yen pool, Yen ratePerHour, Map<K, Long> minutes) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(ratePerHour, "rate per hour");
        if (ratePerHour.isNegative()) {
            throw new IllegalArgumentException("the rate per hour is negative: " + ratePerHour);
        }
        Map<K, Long> worked = new LinkedHashMap<>(minutes);
        worked.forEach((user, m) -> {
            if (m == null || m < 0) {
                throw new IllegalArgumentException("minutes of " + user + " are negative or missing");
            }
        });
        long totalMinutes = worked.values().stream().mapToLong(Long::longValue).sum();

        Map<K, Yen> hourly = new LinkedHashMap<>();
        worked.forEach((user, m) -> hourly.put(user, Yen.of(ratePerHour.value() * m / 60))); // long division truncates
        Yen hourlyTotal = hourly.values().stream().reduce(Yen.ZERO, Yen::plus);
        if (hourlyTotal.isGreaterThan(pool)) {
            Yen fitting = totalMinutes == 0 || pool.isNegative() ? Yen.ZERO : Yen.of(pool.value() * 60 / totalMinutes);
            return new Shortfall<>(pool, hourlyTotal, hourlyTotal.minus(pool), fitting.min(ratePerHour));
        }
        if (totalMinutes == 0) {
            return new NoHours<>(pool);
        }

        Yen rest = pool.minus(hourlyTotal);
        BigInteger restTimes = BigInteger.valueOf(rest.value());
        BigInteger total = BigInteger.valueOf(totalMinutes);
        List<Remainder<K>> remainders = new ArrayList<>();
        Map<K, Long> shares = new LinkedHashMap<>();
        int order = 0;
        long shared = 0;
        for (Map.Entry<K, Long> e : worked.entrySet()) {
            BigInteger[] qr = restTimes.multiply(BigInteger.valueOf(e.getValue())).divideAndRemainder(total);
            shares.put(e.getKey(), qr[0].longValueExact());
            shared += qr[0].longValueExact();
            remainders.add(new Remainder<>(e.getKey(), qr[1], e.getValue(), order++));
        }
        long left = rest.value() - shared; // < number of users: each truncation dropped less than one yen
        remainders.sort(Comparator.<Remainder<K>, BigInteger>comparing(Remainder::fraction).reversed()
                .thenComparing(Comparator.<Remainder<K>>comparingLong(Remainder::minutes).reversed())
                .thenComparingInt(Remainder::order));
        for (int i = 0; i < left; i++) {
            shares.merge(remainders.get(i).user(), 1L, Long::sum);
        }
        List<Payment<K>> payments = new ArrayList<>();
        worked.forEach((user, m) -> payments.add(new Payment<>(user, m, hourly.get(user), Yen.of(shares.get(user)))));
        return new Distributed<>(pool, hourlyTotal, rest, payments);
    }

    /** The rest per hour of a distribution ({@code rest ÷ total hours}), for display: 30 yen in WG-2. */
    public static BigDecimal restPerHour(Distributed<?> d) {
        long minutes = d.payments().stream().mapToLong(Payment::minutes).sum();
        return d.rest().toBigDecimal().multiply(BigDecimal.valueOf(60)).divide(BigDecimal.valueOf(minutes), 2, java.math.RoundingMode.DOWN);
    }

    private record Remainder<K>(K user, BigInteger fraction, long minutes, int order) {
    }
}
