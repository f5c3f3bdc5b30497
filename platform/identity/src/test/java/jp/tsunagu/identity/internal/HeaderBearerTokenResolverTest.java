package jp.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

class HeaderBearerTokenResolverTest {
    private final HeaderBearerTokenResolver resolver = new HeaderBearerTokenResolver();

    @Test
    void tokenOfWellFormedHeaders() {
        assertThat(resolver.resolve(withAuthorization("Bearer eyJ.a-b_c~d+e/f"))).isEqualTo("eyJ.a-b_c~d+e/f");
        assertThat(resolver.resolve(withAuthorization("bearer abc=="))).isEqualTo("abc==");
        assertThat(resolver.resolve(withAuthorization("BEARER x"))).isEqualTo("x");
    }

    @Test
    void noTokenWithoutBearerScheme() {
        assertThat(resolver.resolve(withAuthorization(null))).isNull();
        assertThat(resolver.resolve(withAuthorization("Basic dXNlcjpwdw=="))).isNull();
    }

    @Test
    void malformedBearerIsAnInvalidToken() {
        for (String header : new String[] {"Bearer", "Bearer ", "Bearer  abc", "Bearer ab c", "Bearer abc=d", "Bearer =", "Bearer abc\u00e9",
                "Bearerabc"}) {
            assertThatThrownBy(() -> resolver.resolve(withAuthorization(header))).as(header)
                    .isInstanceOf(OAuth2AuthenticationException.class)
                    .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode()).isEqualTo("invalid_token"));
        }
    }

    private static HttpServletRequest withAuthorization(String value) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getHeader") && "Authorization".equalsIgnoreCase((String) args[0]) ? value : null);
    }
}
