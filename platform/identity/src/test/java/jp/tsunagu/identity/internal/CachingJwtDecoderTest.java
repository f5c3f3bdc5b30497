package jp.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The verified-token cache: a repeated token is not verified again, but never past its expiry and never when it failed. */
class CachingJwtDecoderTest {
    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    private final AtomicInteger verifications = new AtomicInteger();

    private JwtDecoder verifier(Instant expiresAt) {
        return token -> {
            verifications.incrementAndGet();
            if (token.startsWith("bad")) {
                throw new BadJwtException("signature");
            }
            return Jwt.withTokenValue(token).header("alg", "RS256").claim("preferred_username", "a.staff")
                    .issuedAt(NOW.minusSeconds(60)).expiresAt(expiresAt).build();
        };
    }

    @Test
    void aTokenSentAgainIsNotVerifiedAgainWhileItIsValid() {
        var decoder = new CachingJwtDecoder(verifier(NOW.plusSeconds(300)), Clock.fixed(NOW, ZoneOffset.UTC), 10);
        Jwt first = decoder.decode("token-1");
        Jwt second = decoder.decode("token-1");
        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
        decoder.decode("token-2");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndARefusedOneIsNeverRemembered() {
        var clock = new MovableClock(NOW);
        var decoder = new CachingJwtDecoder(verifier(NOW.plusSeconds(300)), clock, 10);
        decoder.decode("token-1");
        decoder.decode("token-1");
        assertThat(verifications).hasValue(1);
        clock.now = NOW.plusSeconds(300); // expired: asked again (a real verifier refuses it, with its skew)
        decoder.decode("token-1");
        assertThat(verifications).hasValue(2);
        assertThatThrownBy(() -> decoder.decode("bad-token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("bad-token")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(4);
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
