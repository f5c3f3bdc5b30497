package jp.tsunagu.identity.internal;

import java.util.Map;
import jp.tsunagu.kernel.TenantId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A token bucket per tenant: each tenant may make {@code perSecond} requests a second with bursts up to
 * {@code burst}; one tenant's flood empties only its own bucket, so the others are not slowed. Limits per
 * tenant can be set under {@code tsunagu.rate-limit.tenants.<tenant id>}. The buckets are rows of
 * {@code rate_limit_bucket} (unlogged) in PostgreSQL, so every application instance draws from the same budget: one
 * statement per request refills the bucket for the time passed (the database's clock, the same for every instance),
 * takes a token if there is one and answers whether it did. Requests of one tenant queue on its row only for the
 * length of that statement.
 */
@Component
class TenantRateLimiter {
    /** Refill, take one token when there is one, and say so; a new bucket starts full. */
    private static final String TAKE = """
            insert into rate_limit_bucket as b (bucket, tokens, counted_at, taken)
            values (?, ?::float8 - (?::float8 >= 1)::int, now(), ?::float8 >= 1)
            on conflict (bucket) do update set
              tokens = least(?::float8, b.tokens + greatest(0, extract(epoch from now() - b.counted_at)) * ?::float8)
                       - (least(?::float8, b.tokens + greatest(0, extract(epoch from now() - b.counted_at)) * ?::float8) >= 1)::int,
              taken = least(?::float8, b.tokens + greatest(0, extract(epoch from now() - b.counted_at)) * ?::float8) >= 1,
              counted_at = greatest(b.counted_at, now())
            returning taken, tokens
            """;

    private final Limits limits;
    private final JdbcTemplate jdbc;

    TenantRateLimiter(Limits limits, JdbcTemplate jdbc) {
        this.limits = limits;
        this.jdbc = jdbc;
    }

    /** Takes one request from the tenant's bucket; 0 when allowed, else the seconds until one is available. */
    long acquire(TenantId tenant) {
        if (!limits.enabled()) {
            return 0;
        }
        Limit limit = limits.tenants().getOrDefault(tenant.toString(), new Limit(limits.perSecond(), limits.burst()));
        double burst = limit.burst();
        double rate = limit.perSecond();
        return jdbc.queryForObject(TAKE, (rs, n) -> rs.getBoolean(1) ? 0L
                        : Math.max(1, (long) Math.ceil((1 - rs.getDouble(2)) / rate)),
                "tenant:" + tenant, burst, burst, burst, burst, rate, burst, rate, burst, rate);
    }

    /** {@code tsunagu.rate-limit.*} */
    @ConfigurationProperties("tsunagu.rate-limit")
    record Limits(@DefaultValue("true") boolean enabled, @DefaultValue("50") double perSecond,
                  @DefaultValue("100") double burst, Map<String, Limit> tenants) {
        Limits {
            tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
        }
    }

    record Limit(double perSecond, double burst) {
    }
}
