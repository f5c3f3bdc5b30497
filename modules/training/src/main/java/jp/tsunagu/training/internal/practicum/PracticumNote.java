package jp.tsunagu.training.internal.practicum;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A day of the practicum (日誌): staff present or not (then the company's contact that day), what was done, what was seen. */
@Entity
@Table(name = "practicum_note")
class PracticumNote extends TenantOwnedEntity {
    private UUID practicumId;
    private LocalDate noteDate;
    private boolean staffPresent;
    private String companyContact;
    private String done;
    private String observations;

    protected PracticumNote() {
    }

    PracticumNote(UUID practicumId, LocalDate date, boolean staffPresent, String companyContact, String done, String observations, String by,
                  Instant at) {
        super(by, at);
        this.practicumId = practicumId;
        this.noteDate = date;
        this.staffPresent = staffPresent;
        this.companyContact = Texts.orNull(companyContact);
        this.done = done.strip();
        this.observations = Texts.orNull(observations);
    }

    UUID practicumId() {
        return practicumId;
    }

    LocalDate date() {
        return noteDate;
    }

    boolean staffPresent() {
        return staffPresent;
    }

    String companyContact() {
        return companyContact;
    }

    String done() {
        return done;
    }

    String observations() {
        return observations;
    }
}
