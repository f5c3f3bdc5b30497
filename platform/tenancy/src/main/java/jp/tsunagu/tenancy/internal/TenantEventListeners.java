package jp.tsunagu.tenancy.internal;

import java.util.Arrays;
import java.util.Optional;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.tenancy.TenantContext;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs every {@link ApplicationModuleListener} with the tenant of the event it handles: the only way work that
 * another module's event starts gets a tenant. The same for a listener declared with {@link TransactionalEventListener}
 * alone (meta-annotations count, so the first is a case of the second): one that must run before the request that
 * published the event answers (a revocation that ends another tenant's access), in a transaction of its own. The interceptor sits inside the listener's {@code @Async} hand-off
 * (so on the thread that does the work) and outside its transaction (so the transaction binds this tenant to its
 * connection, and row-level security shows the listener that tenant's rows and no other's). An event that does not
 * carry a tenant is refused with an exception: the publication is marked failed and stays incomplete (counted by the
 * gauge {@code tsunagu.events.incomplete}), never handled under a default tenant.
 */
@Configuration(proxyBeanMethods = false)
class TenantEventListeners {
    private static final Logger log = LoggerFactory.getLogger(TenantEventListeners.class);

    /** Thrown for a listener invoked without an event that names its tenant. */
    static final class TenantlessEvent extends IllegalStateException {
        TenantlessEvent(String message) {
            super(message);
        }
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor tenantEventListenerAdvisor() {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(null, TransactionalEventListener.class, true), new Binding());
        // inside @Async (added in front of every advisor) and inside Modulith's completion registering interceptor
        // (HIGHEST_PRECEDENCE + 10), so a refusal marks the publication failed; outside the transaction interceptor
        // (lowest precedence), so the transaction binds this tenant
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return advisor;
    }

    static final class Binding implements MethodInterceptor {
        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            TenantId tenant = tenantOf(invocation.getArguments()).orElseThrow(() -> {
                String where = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
                log.error("refused: {} was invoked with an event that names no tenant ({})", where,
                        Arrays.toString(invocation.getArguments()));
                return new TenantlessEvent(where + " refused an event without a tenant; events handled across modules implement"
                        + " TenantEvent and carry their tenant");
            });
            Throwable[] thrown = new Throwable[1];
            Object result = TenantContext.callAs(tenant, () -> {
                try {
                    return invocation.proceed();
                } catch (Throwable t) {
                    thrown[0] = t;
                    return null;
                }
            });
            if (thrown[0] != null) {
                throw thrown[0];
            }
            return result;
        }

        static Optional<TenantId> tenantOf(Object[] arguments) {
            return Arrays.stream(arguments)
                    .filter(TenantEvent.class::isInstance)
                    .map(a -> ((TenantEvent) a).tenantId())
                    .filter(java.util.Objects::nonNull)
                    .findFirst();
        }
    }
}
