package jp.tsunagu.app.broker;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The broker is used only when {@code spring.kafka.bootstrap-servers} is set (environment:
 * {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}): the local run and the tests that do not ask for it need none, and no
 * publication of an {@link jp.tsunagu.kernel.OutboundEvent} is registered for a broker that is not there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.kafka.bootstrap-servers")
class BrokerConfiguration {

    @Bean
    OutboundEvents outboundEvents(KafkaTemplate<String, String> kafka, JdbcTemplate jdbc, EventSerializer serializer, JsonMapper json,
                                  @Value("${tsunagu.broker.send-timeout:PT30S}") Duration sendTimeout) {
        return new OutboundEvents(kafka, jdbc, serializer, json, sendTimeout);
    }
}
