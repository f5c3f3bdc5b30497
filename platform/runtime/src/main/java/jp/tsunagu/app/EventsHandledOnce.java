package jp.tsunagu.app;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.tsunagu.app.Publications.Publication;
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
 * interceptor at the lowest, so it runs inside every listener's transaction. A listener outside a transaction or in a
 * read-only one, one not run after the commit, or a publication the registry does not hold, runs as before.
 *
 * <p>A limit it shares with the registry: two publications of equal events (the same listener and serialized payload)
 * are told apart by nothing but their order. Modulith completes the one its in-memory record of deliveries names, which
 * may not be the one noted here; the second delivery may then find only a noted publication and not run. Events that
 * can repeat with equal content carry what makes them different (a date, an id). Modulith 2.2 completes publications
 * inside the listener's transaction (spring.modulith.events.completion); with it this class can go.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(order = EventsHandledOnce.TRANSACTION_ORDER, proxyTargetClass = true)
class EventsHandledOnce {
    static final int TRANSACTION_ORDER = Ordered.LOWEST_PRECEDENCE - 100;
    private static final Logger log = LoggerFactory.getLogger(EventsHandledOnce.class);

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
            if (arguments.length != 1 || events == null || !afterCommit(invocation.getMethod())
                    || !TransactionSynchronizationManager.isActualTransactionActive()
                    || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                return invocation.proceed();
            }
            String listener = listenerIds.computeIfAbsent(invocation.getMethod(), Once::listenerId);
            // completed ones too: a delivery may start after another delivery of the same publication completed it
            // (the maintenance resubmitted it as stale while the first was still queued)
            JdbcTemplate database = jdbc.getObject();
            List<Publication> publications = new Publications(database, events).of(listener, arguments[0]);
            var open = publications.stream().filter(p -> !p.handled() && !p.completed()).findFirst();
            if (open.isPresent()) {
                database.update("insert into event_handled (publication_id) values (?)", open.get().id());
                return invocation.proceed();
            }
            var handled = publications.stream().filter(Publication::handled).findFirst();
            if (handled.isPresent()) {
                log.info("{}: publication {} was handled before; delivered again, not run again", listener, handled.get().id());
                return null;
            }
            // none the registry holds open, none noted (a publication completed before this class noted any): as before
            return invocation.proceed();
        }

        /** Only AFTER_COMMIT listeners have publications in the registry (as Modulith's own interceptor matches them). */
        private final Map<Method, Boolean> afterCommit = new ConcurrentHashMap<>();

        private boolean afterCommit(Method method) {
            return afterCommit.computeIfAbsent(method, m -> {
                TransactionalEventListener listener = org.springframework.core.annotation.AnnotatedElementUtils
                        .findMergedAnnotation(m, TransactionalEventListener.class);
                return listener != null && listener.phase() == org.springframework.transaction.event.TransactionPhase.AFTER_COMMIT;
            });
        }

        /** The identifier Modulith's registry gives the listener (as its completion interceptor computes it). */
        private static String listenerId(Method method) {
            return new TransactionalApplicationListenerMethodAdapter("listener", method.getDeclaringClass(), method).getListenerId();
        }
    }
}
