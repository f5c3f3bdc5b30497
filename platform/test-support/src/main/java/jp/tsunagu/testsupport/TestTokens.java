package jp.tsunagu.testsupport;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Signs access tokens like Keycloak's for tests: the test key is trusted by the test profile. */
public final class TestTokens {
    public static final String ISSUER = "http://localhost:8180/realms/tsunagu";
    private static final NimbusJwtEncoder TRUSTED = encoder("/jwt/test-private.pem");
    private static final NimbusJwtEncoder UNTRUSTED = encoder("/jwt/other-private.pem");

    private TestTokens() {
    }

    /** A token after a login with password and TOTP ({@code amr: [pwd, otp]}). */
    public static String token(String username) {
        return sign(TRUSTED, username, ISSUER, List.of("tsunagu-api", "account"), Instant.now(), Duration.ofMinutes(5));
    }

    /** A token after a login with the password only ({@code amr: [pwd]}). */
    public static String withoutSecondFactor(String username) {
        return sign(TRUSTED, username, ISSUER, List.of("tsunagu-api"), Instant.now(), Duration.ofMinutes(5), List.of("pwd"));
    }

    public static String expired(String username) {
        return sign(TRUSTED, username, ISSUER, List.of("tsunagu-api"), Instant.now().minus(Duration.ofHours(1)),
                Duration.ofMinutes(5));
    }

    public static String wrongIssuer(String username) {
        return sign(TRUSTED, username, "http://localhost:9999/realms/other", List.of("tsunagu-api"), Instant.now(),
                Duration.ofMinutes(5));
    }

    public static String wrongAudience(String username) {
        return sign(TRUSTED, username, ISSUER, List.of("account"), Instant.now(), Duration.ofMinutes(5));
    }

    public static String foreignSignature(String username) {
        return sign(UNTRUSTED, username, ISSUER, List.of("tsunagu-api"), Instant.now(), Duration.ofMinutes(5));
    }

    /** The same claims as a valid token, but {@code alg: none} and no signature. */
    public static String unsigned(String username) {
        String valid = token(username);
        String payload = valid.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static String sign(NimbusJwtEncoder encoder, String username, String issuer, List<String> audience,
                               Instant issuedAt, Duration lifetime) {
        return sign(encoder, username, issuer, audience, issuedAt, lifetime, List.of("pwd", "otp"));
    }

    private static String sign(NimbusJwtEncoder encoder, String username, String issuer, List<String> audience,
                               Instant issuedAt, Duration lifetime, List<String> amr) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject("sub-" + username)
                .audience(audience)
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(lifetime))
                .claim("preferred_username", username)
                .claim("azp", "tsunagu-web")
                .claim("amr", amr)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static NimbusJwtEncoder encoder(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            RSAKey jwk = new RSAKey.Builder(pub).privateKey(key).build();
            return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
