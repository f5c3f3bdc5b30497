package jp.tsunagu.sharing.internal.source;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.sharing.internal.Category;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** 提供の記録: one provision under a consent (the day, the recipient, the person, the category, which record). */
@Entity
@Table(name = "sharing_provision")
class SharingProvision extends TenantOwnedEntity {
    private UUID officeId;
    private UUID consentId;
    private UUID personId;
    @Enumerated(EnumType.STRING)
    private Category category;
    private LocalDate providedOn;
    private LocalDate recordDate;
    private String title;
    private String recipientOfficeName;

    protected SharingProvision() {
    }

    SharingProvision(OfficeId office, UUID consentId, PersonId person, Category category, LocalDate providedOn, LocalDate recordDate,
                     String title, String recipientOfficeName, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.consentId = consentId;
        this.personId = person.value();
        this.category = category;
        this.providedOn = providedOn;
        this.recordDate = recordDate;
        this.title = title;
        this.recipientOfficeName = recipientOfficeName;
    }

    UUID consentId() {
        return consentId;
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    Category category() {
        return category;
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

    String recipientOfficeName() {
        return recipientOfficeName;
    }
}
