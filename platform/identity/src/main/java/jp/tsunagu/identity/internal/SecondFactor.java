package jp.tsunagu.identity.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Whether the login behind a request used a second factor: the token's {@code amr} names one of the
 * configured methods (e.g. {@code otp}), or its {@code acr} is one of the configured levels. For the UI the
 * ID token's claims are read, for the API the access token's.
 */
class SecondFactor implements Predicate<Authentication> {
    private final IdentityProperties props;

    SecondFactor(IdentityProperties props) {
        this.props = props;
    }

    @Override
    public boolean test(Authentication auth) {
        Map<String, Object> claims = auth.getPrincipal() instanceof Jwt jwt ? jwt.getClaims()
                : auth.getPrincipal() instanceof OidcUser oidc ? oidc.getClaims() : Map.of();
        Object amr = claims.get("amr");
        if (amr instanceof Collection<?> methods && methods.stream().map(String::valueOf).anyMatch(props.secondFactorAmr()::contains)) {
            return true;
        }
        if (amr instanceof String method && props.secondFactorAmr().contains(method)) {
            return true;
        }
        Object acr = claims.get("acr");
        return acr != null && props.secondFactorAcr().contains(String.valueOf(acr));
    }
}
