package jp.tsunagu.training.internal.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A session of a programme item: the day, from and to, who led it, where, what was done. */
@Entity
@Table(name = "programme_session")
class ProgrammeSession extends TenantOwnedEntity {
    private UUID officeId;
    private UUID itemId;
    private LocalDate sessionDate;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String leader;
    private String place;
    private String content;

    protected ProgrammeSession() {
    }

    ProgrammeSession(OfficeId office, UUID itemId, LocalDate date, LocalTime startsAt, LocalTime endsAt, String leader, String place,
                     String content, String by, Instant at) {
        super(by, at);
        if (!endsAt.isAfter(startsAt)) {
            throw new Problem.Invalid("endsAt", "training.programme.endsBeforeStart", endsAt, startsAt);
        }
        this.officeId = office.value();
        this.itemId = itemId;
        this.sessionDate = date;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.leader = leader.strip();
        this.place = place == null || place.isBlank() ? null : place.strip();
        this.content = content == null || content.isBlank() ? null : content.strip();
    }

    OfficeId officeId() {
        return new OfficeId(officeId);
    }

    UUID itemId() {
        return itemId;
    }

    LocalDate date() {
        return sessionDate;
    }

    LocalTime startsAt() {
        return startsAt;
    }

    LocalTime endsAt() {
        return endsAt;
    }

    String leader() {
        return leader;
    }

    String place() {
        return place;
    }

    String content() {
        return content;
    }
}
