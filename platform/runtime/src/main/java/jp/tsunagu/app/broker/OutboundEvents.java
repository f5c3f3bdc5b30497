package jp.tsunagu.app.broker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.tsunagu.app.Publications;
import jp.tsunagu.app.Publications.Publication;
import jp.tsunagu.kernel.OutboundEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends every {@link OutboundEvent} to the broker, as one more listener of the event publication registry: the
 * publication (listener id {@value #LISTENER_ID}) is completed only after the broker acknowledged the record
 * ({@code acks=all}, idempotent producer), so an event whose send failed stays incomplete and
 * {@code EventPublicationMaintenance} resubmits it on one instance. The guarantee is at least once: a send that the
 * broker stored but whose acknowledgement was lost is sent again on the retry, with the same {@code id}, by which a
 * consumer drops it.
 *
 * <p>The record: key the tenant id (one tenant's events stay in order on one partition), value the envelope
 * {@code {"id", "type", "tenantId", "officeId", "publishedAt", "data"}} in JSON, headers {@code tsunagu-event-id},
 * {@code tsunagu-event-type}, {@code tsunagu-tenant-id}. {@code id} is the publication's id in the registry: the same on
 * every retry of that publication.
 */
public class OutboundEvents {
    /** The listener's id in the event publication registry. */
    public static final String LISTENER_ID = "tsunagu.broker.outbound";

    private final KafkaTemplate<String, String> kafka;
    private final Publications publications;
    private final JsonMapper json;
    private final Duration sendTimeout;

    OutboundEvents(KafkaTemplate<String, String> kafka, JdbcTemplate jdbc, EventSerializer serializer, JsonMapper json,
                   Duration sendTimeout) {
        this.kafka = kafka;
        this.publications = new Publications(jdbc, serializer);
        // the payload's amounts are plain whole yen ({"totalPaid": 12345}), not the kernel type's shape; ids are the
        // plain UUID strings already (the web part's module on the application's mapper)
        this.json = json.rebuild().addModule(new tools.jackson.databind.module.SimpleModule("tsunagu-outbound-yen")
                .addSerializer(jp.tsunagu.kernel.Yen.class, new tools.jackson.databind.ser.std.StdSerializer<>(jp.tsunagu.kernel.Yen.class) {
                    @Override
                    public void serialize(jp.tsunagu.kernel.Yen yen, tools.jackson.core.JsonGenerator out,
                                          tools.jackson.databind.SerializationContext context) {
                        out.writeNumber(yen.value());
                    }
                })).build();
        this.sendTimeout = sendTimeout;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void on(OutboundEvent event) throws InterruptedException, ExecutionException, TimeoutException {
        Publication publication = publicationOf(event);
        String topic = OutboundEvent.topicOf(event.getClass());
        ObjectNode envelope = json.createObjectNode();
        envelope.put("id", publication.id().toString());
        envelope.put("type", event.getClass().getSimpleName());
        envelope.put("tenantId", event.tenantId().toString());
        envelope.put("officeId", event.officeId().toString());
        envelope.put("publishedAt", publication.publishedAt().toString());
        envelope.set("data", json.valueToTree(event));
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.tenantId().toString(), json.writeValueAsString(envelope));
        record.headers().add("tsunagu-event-id", bytes(publication.id().toString()))
                .add("tsunagu-event-type", bytes(event.getClass().getSimpleName()))
                .add("tsunagu-tenant-id", bytes(event.tenantId().toString()));
        // waits for the broker's acknowledgement: only then may the registry mark the publication completed
        kafka.send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The registry's record of this delivery, found as the registry itself finds it to mark it completed: by listener
     * and serialized event, the oldest not completed (two identical events not yet delivered are one to the registry,
     * and share the id). {@code EventsHandledOnce} has locked these rows in this transaction already.
     */
    private Publication publicationOf(OutboundEvent event) {
        return publications.of(LISTENER_ID, event).stream().filter(p -> !p.completed()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no incomplete publication of " + event.getClass().getSimpleName()
                        + " for " + LISTENER_ID));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
