package jp.tsunagu.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens it has verified until they expire, so that a client sending the same access token on every
 * request (a tablet at the morning rush) is not checked again each time: parsing, the RSA signature and the claims
 * cost about a tenth of a simple request's CPU. A token is the same bytes or it is another key, so a hit can only
 * be a token that passed every check before; it is given out only while it has not expired (the validators' skew is
 * not granted again), and failures are never remembered. Bounded: when full it starts afresh.
 */
final class CachingJwtDecoder implements JwtDecoder {
    private final JwtDecoder delegate;
    private final Clock clock;
    private final int capacity;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    CachingJwtDecoder(JwtDecoder delegate, Clock clock, int capacity) {
        this.delegate = delegate;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        Instant now = clock.instant();
        if (known != null) {
            if (known.getExpiresAt() != null && now.isBefore(known.getExpiresAt())) {
                return known;
            }
            verified.remove(token, known);
        }
        Jwt jwt = delegate.decode(token);
        // only tokens with an expiry are kept, and only while they are valid without the skew
        if (jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())) {
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }
}
