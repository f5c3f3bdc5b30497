package jp.tsunagu.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
/**
 * @param issuer            the expected {@code iss} of access tokens (Keycloak realm URL)
 * @param jwkSetUri         where the realm's signing keys are published
 * @param publicKeyLocation instead of {@code jwkSetUri}: a resource with a PEM RSA public key (tests sign their
 *                          own tokens); blank means the JWK set of the realm
 * @param audience          the audience every access token must carry
 * @param tenantHeader      the request header that names the active tenant for API calls
 * @param secondFactorAmr   {@code amr} values that show a second factor was used (Keycloak's AMR mapper
 *                          reports the reference values configured on the flow's authenticators)
 * @param secondFactorAcr   {@code acr} values that show it (for a realm that maps levels of authentication)
 */
@ConfigurationProperties("tsunagu.identity")
record IdentityProperties(String issuer, String jwkSetUri, String publicKeyLocation, String audience,
                          String tenantHeader, java.util.Set<String> secondFactorAmr, java.util.Set<String> secondFactorAcr) {
    IdentityProperties {
        secondFactorAmr = secondFactorAmr == null || secondFactorAmr.isEmpty()
                ? java.util.Set.of("otp", "mfa", "hwk", "swk") : java.util.Set.copyOf(secondFactorAmr);
        secondFactorAcr = secondFactorAcr == null ? java.util.Set.of() : java.util.Set.copyOf(secondFactorAcr);
        if (tenantHeader == null || tenantHeader.isBlank()) {
            tenantHeader = "X-Tenant-Id";
        }
        if (audience == null || audience.isBlank()) {
            audience = "tsunagu-api";
        }
    }
}
