package jp.tsunagu.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.OfficeScope;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/** Any path with {@code {officeId}} outside the membership's offices answers 404, like a missing office. */
@Component
class OfficeScopeInterceptor implements HandlerInterceptor {
    private final OfficeScope scope;

    OfficeScopeInterceptor(OfficeScope scope) {
        this.scope = scope;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String office = vars == null ? null : vars.get("officeId");
        if (office == null) {
            return true;
        }
        try {
            if (scope.covers(new OfficeId(UUID.fromString(office)))) {
                return true;
            }
        } catch (IllegalArgumentException notAnId) {
            // falls through: an unparsable id is simply not found
        }
        throw new Problem.NotFound("office.notFound");
    }
}
