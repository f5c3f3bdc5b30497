package jp.tsunagu.app;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each event publication changes what its listener changes once, even when it is delivered twice.
 *
 * <p>Spring Modulith marks a publication completed after the listener's transaction has committed, in a transaction of
 * its own (its completion interceptor sits outside the transaction). An instance killed between the two leaves a
 * publication whose effect is committed but which the registry still counts as incomplete; the next maintenance run
 * ({@link EventPublicationMaintenance}) delivers it again. Here, inside the listener's transaction, the publication's
 * row is locked and a row of {@code event_handled} is written with the listener's changes: they commit together or not
 * at all. A delivery that finds its publication already handled does not run the listener again (the completion
 * interceptor then marks it completed); one that finds it locked waits for the other delivery and then sees it.
 *
 * <p>For this the transaction interceptor is ordered just before the lowest precedence (instead of at it) and this
 * interceptor at the lowest, so it runs inside every listener's transaction. A listener outside a transaction, or a
 * publication the registry does not hold, runs as before.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(order = EventsHandledOnce.TRANSACTION_ORDER)
class EventsHandledOnce {
    static final int TRANSACTION_ORDER = Ordered.LOWEST_PRECEDENCE - 100;
    private static final Logger log = LoggerFactory.getLogger(EventsHandledOnce.class);

    /** The publications for this listener and event not completed yet, oldest first, locked, each with whether it was handled. */
    private static final String PUBLICATIONS = """
            select p.id, h.publication_id is not null as handled
              from event_publication p left join event_handled h on h.publication_id = p.id
             where p.listener_id = ? and p.serialized_event = ? and p.completion_date is null
             order by p.publication_date, p.id
               for update of p""";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor eventsHandledOnceAdvisor(ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<EventSerializer> serializer) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(null, TransactionalEventListener.class, true), new Once(jdbc, serializer));
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE);
        return advisor;
    }

    static final class Once implements MethodInterceptor {
        private final ObjectProvider<JdbcTemplate> jdbc;
        private final ObjectProvider<EventSerializer> serializer;
        private final Map<Method, String> listenerIds = new ConcurrentHashMap<>();

        Once(ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<EventSerializer> serializer) {
            this.jdbc = jdbc;
            this.serializer = serializer;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Object[] arguments = invocation.getArguments();
            EventSerializer events = serializer.getIfAvailable();
            if (arguments.length != 1 || events == null || !TransactionSynchronizationManager.isActualTransactionActive()) {
                return invocation.proceed();
            }
            String listener = listenerIds.computeIfAbsent(invocation.getMethod(), Once::listenerId);
            List<Map<String, Object>> publications = jdbc.getObject().queryForList(PUBLICATIONS, listener,
                    events.serialize(arguments[0]).toString());
            var open = publications.stream().filter(p -> !Boolean.TRUE.equals(p.get("handled"))).findFirst();
            if (open.isPresent()) {
                jdbc.getObject().update("insert into event_handled (publication_id) values (?)", (UUID) open.get().get("id"));
                return invocation.proceed();
            }
            if (!publications.isEmpty()) {
                log.info("{}: publication {} was handled before; delivered again, not run again", listener,
                        publications.getFirst().get("id"));
                return null;
            }
            return invocation.proceed();
        }

        /** The identifier Modulith's registry gives the listener (as its completion interceptor computes it). */
        private static String listenerId(Method method) {
            return new TransactionalApplicationListenerMethodAdapter("listener", method.getDeclaringClass(), method).getListenerId();
        }
    }
}
