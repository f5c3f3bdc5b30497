package jp.tsunagu.sharing.internal.handover;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.tenancy.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An office's intake handover of one person: the document, who last changed it and when, what it was taken over from. */
@Entity
@Table(name = "sharing_handover")
class Handover extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    @JdbcTypeCode(SqlTypes.JSON)
    private HandoverContent content;
    private String takenOverFrom;
    private LocalDate updatedOn;
    private String updatedBy;

    protected Handover() {
    }

    Handover(OfficeId office, PersonId person, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
    }

    void update(HandoverContent content, String takenOverFrom, LocalDate on, String by) {
        this.content = content;
        if (takenOverFrom != null) {
            this.takenOverFrom = takenOverFrom;
        }
        this.updatedOn = on;
        this.updatedBy = by;
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    HandoverContent content() {
        return content;
    }

    String takenOverFrom() {
        return takenOverFrom;
    }

    LocalDate updatedOn() {
        return updatedOn;
    }

    String updatedBy() {
        return updatedBy;
    }
}
