package jp.tsunagu.sharing.internal.recipient;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.sharing.internal.Category;
import jp.tsunagu.sharing.internal.SharingEvents;
import jp.tsunagu.tenancy.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A read-only snapshot of one provided record in this office's inbox, under its grant. */
@Entity
@Table(name = "shared_snapshot")
class SharedSnapshot extends TenantOwnedEntity {
    private UUID officeId;
    private UUID grantId;
    private UUID personId;
    @Enumerated(EnumType.STRING)
    private Category category;
    private UUID provisionId;
    private LocalDate providedOn;
    private LocalDate recordDate;
    private String title;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<SharingEvents.Line> lines;
    @JdbcTypeCode(SqlTypes.JSON)
    private String document;

    protected SharedSnapshot() {
    }

    SharedSnapshot(OfficeId office, UUID grantId, PersonId person, Category category, UUID provisionId, LocalDate providedOn,
                   LocalDate recordDate, String title, List<SharingEvents.Line> lines, String document, Instant at) {
        super("sharing", at);
        this.officeId = office.value();
        this.grantId = grantId;
        this.personId = person.value();
        this.category = category;
        this.provisionId = provisionId;
        this.providedOn = providedOn;
        this.recordDate = recordDate;
        this.title = title;
        this.lines = List.copyOf(lines);
        this.document = document;
    }

    UUID grantId() {
        return grantId;
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    Category category() {
        return category;
    }

    UUID provisionId() {
        return provisionId;
    }

    LocalDate providedOn() {
        return providedOn;
    }

    LocalDate recordDate() {
        return recordDate;
    }

    String title() {
        return title;
    }

    /** The record whole, as JSON (a handover), or null. */
    String document() {
        return document;
    }

    List<SharingEvents.Line> lines() {
        return lines;
    }
}
