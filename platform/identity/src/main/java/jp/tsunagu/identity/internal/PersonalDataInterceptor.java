package jp.tsunagu.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.tsunagu.identity.CurrentUser;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** A login without a second factor reaches no {@link PersonalData} endpoint where the tenant requires one. */
@Component
class PersonalDataInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method
                && (method.hasMethodAnnotation(PersonalData.class)
                    || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PersonalData.class))) {
            CurrentUser user = CurrentUser.get().orElse(null);
            if (user != null && !user.mayReadPersonalData()) {
                throw new Problem.Forbidden("mfa.required");
            }
        }
        return true;
    }
}
