package jp.tsunagu.training.internal.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A person's attendance at a session: present (checked in at the office that day) or absent, with a note. */
@Entity
@Table(name = "programme_attendance")
class ProgrammeAttendance extends TenantOwnedEntity {

    enum Status { PRESENT, ABSENT }

    private UUID sessionId;
    private UUID personId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String note;

    protected ProgrammeAttendance() {
    }

    ProgrammeAttendance(UUID sessionId, PersonId person, Status status, String note, String by, Instant at) {
        super(by, at);
        this.sessionId = sessionId;
        this.personId = person.value();
        change(status, note);
    }

    /** Recording again replaces the status, and the note when one is given (the page's check boxes carry none). */
    void change(Status status, String note) {
        this.status = status;
        if (note != null) {
            this.note = note.isBlank() ? null : note.strip();
        }
    }

    UUID sessionId() {
        return sessionId;
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    Status status() {
        return status;
    }

    String note() {
        return note;
    }
}
