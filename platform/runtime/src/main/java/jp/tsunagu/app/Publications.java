package jp.tsunagu.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * The rows of the event publication registry (Spring Modulith, JDBC) that stand for one delivery: found as the
 * registry itself finds them to mark one completed, by listener id and serialized event. Two equal events not yet
 * delivered to a listener are one to the registry; they are told apart by nothing but their order.
 *
 * <p>Used by {@link EventsHandledOnce} (which of them this delivery handles) and by the broker's listener (the id and
 * date an outbound record carries).
 */
public final class Publications {
    /**
     * The publications of this listener and event, oldest first, locked (until the transaction ends; outside one, for
     * the statement), each with whether it was handled and whether it is completed.
     */
    private static final String OF = """
            select p.id, p.publication_date, h.publication_id is not null as handled, p.completion_date is not null as completed
              from event_publication p left join event_handled h on h.publication_id = p.id
             where p.listener_id = ? and p.serialized_event = ?
             order by p.publication_date, p.id
               for update of p""";

    private final JdbcTemplate jdbc;
    private final EventSerializer serializer;

    public Publications(JdbcTemplate jdbc, EventSerializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** One row of the registry: its id, its date, whether {@code event_handled} notes it, whether it is completed. */
    public record Publication(UUID id, Instant publishedAt, boolean handled, boolean completed) {
    }

    /** The publications of the listener and event, oldest first, locked in the current transaction. */
    public List<Publication> of(String listenerId, Object event) {
        return jdbc.query(OF, (row, n) -> new Publication(row.getObject("id", UUID.class),
                        instant(row.getObject("publication_date")), row.getBoolean("handled"), row.getBoolean("completed")),
                listenerId, serializer.serialize(event).toString());
    }

    private static Instant instant(Object date) {
        return date instanceof Timestamp t ? t.toInstant()
                : date instanceof OffsetDateTime o ? o.toInstant() : Instant.parse(date.toString());
    }
}
