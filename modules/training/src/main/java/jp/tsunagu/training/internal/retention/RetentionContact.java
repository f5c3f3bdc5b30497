package jp.tsunagu.training.internal.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A contact of the retention support: the day, face to face or not, with whom, the issues raised and a note. */
@Entity
@Table(name = "retention_contact")
class RetentionContact extends TenantOwnedEntity {
    enum WithWhom { PERSON, EMPLOYER, FAMILY, OTHER }

    private UUID officeId;
    private UUID supportId;
    private UUID personId;
    @Column(name = "contact_date")
    private LocalDate date;
    private boolean faceToFace;
    @Enumerated(EnumType.STRING)
    private WithWhom withWhom;
    private String issues;
    private String note;

    protected RetentionContact() {
    }

    RetentionContact(RetentionSupport support, LocalDate date, boolean faceToFace, WithWhom withWhom, String issues, String note, String by,
                     Instant at) {
        super(by, at);
        this.officeId = support.officeId().value();
        this.supportId = support.id();
        this.personId = support.personId().value();
        this.date = date;
        this.faceToFace = faceToFace;
        this.withWhom = withWhom;
        this.issues = blankless(issues);
        this.note = blankless(note);
    }

    static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    UUID supportId() {
        return supportId;
    }

    LocalDate date() {
        return date;
    }

    boolean faceToFace() {
        return faceToFace;
    }

    WithWhom withWhom() {
        return withWhom;
    }

    String issues() {
        return issues;
    }

    String note() {
        return note;
    }
}
