package jp.tsunagu.identity.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.tsunagu.kernel.TenantId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * A token bucket per tenant: each tenant may make {@code perSecond} requests a second with bursts up to
 * {@code burst}; one tenant's flood empties only its own bucket, so the others are not slowed. Limits per
 * tenant can be set under {@code tsunagu.rate-limit.tenants.<tenant id>}. In memory, per application instance.
 */
@Component
class TenantRateLimiter {
    private final Limits limits;
    private final Clock clock;
    private final Map<TenantId, Bucket> buckets = new ConcurrentHashMap<>();

    TenantRateLimiter(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Takes one request from the tenant's bucket; 0 when allowed, else the seconds until one is available. */
    long acquire(TenantId tenant) {
        if (!limits.enabled()) {
            return 0;
        }
        Limit limit = limits.tenants().getOrDefault(tenant.toString(), new Limit(limits.perSecond(), limits.burst()));
        return buckets.computeIfAbsent(tenant, t -> new Bucket(limit, clock.millis())).take(clock.millis());
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

    private static final class Bucket {
        private final Limit limit;
        private double tokens;
        private long last;

        Bucket(Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.last = now;
        }

        synchronized long take(long now) {
            // the wall clock may step back (time synchronisation): no time passed then, never a debt of tokens
            tokens = Math.min(limit.burst(), tokens + Math.max(0, now - last) / 1000.0 * limit.perSecond());
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / limit.perSecond()));
        }
    }
}
