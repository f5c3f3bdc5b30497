package jp.tsunagu.modules.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.RequiresModule;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Answers 404 for a guarded controller when its module is off for the office in the path; a tenant-wide path of a
 * controller guarded {@code acrossOffices} passes (it filters the offices itself).
 */
@Component
class ModuleGuard implements HandlerInterceptor {
    private final Switchboard activations;
    private final ActivationCache cache;

    ModuleGuard(Switchboard activations, ActivationCache cache) {
        this.activations = activations;
        this.cache = cache;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        RequiresModule guard = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresModule.class);
        if (guard == null) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String office = vars == null ? null : vars.get("officeId");
        if (office == null && guard.acrossOffices()) {
            return true;
        }
        if (office == null) {
            throw new IllegalStateException(method + " is guarded by module " + guard.value()
                    + " but its path names no {officeId}");
        }
        OfficeId officeId;
        try {
            officeId = new OfficeId(UUID.fromString(office));
        } catch (IllegalArgumentException notAnId) {
            throw new Problem.NotFound("office.notFound");
        }
        if (!cache.enabled(officeId, activations::enabledByOffice).contains(guard.value())) {
            throw new Problem.NotFound("module.notEnabled");
        }
        return true;
    }
}
