package jp.tsunagu.training.internal.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * A person's progress against a short-term goal of the plan in force on the day recorded: the plan, its version, the
 * goal's number and its text as it stood, the level, the programme item through which it was seen (or none), a note.
 */
@Entity
@Table(name = "goal_progress")
class GoalProgress extends TenantOwnedEntity {

    /** 未着手, 取組中, 一部達成, 達成. */
    enum Level { NOT_STARTED, IN_PROGRESS, PARTLY_ACHIEVED, ACHIEVED }

    private UUID officeId;
    private UUID personId;
    private UUID planId;
    private int planVersion;
    private int goalNumber;
    private String goalText;
    private LocalDate recordedOn;
    @Enumerated(EnumType.STRING)
    private Level level;
    private UUID itemId;
    private String note;

    protected GoalProgress() {
    }

    GoalProgress(OfficeId office, PersonId person, UUID planId, int planVersion, int goalNumber, String goalText, LocalDate recordedOn,
                 Level level, UUID itemId, String note, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.planId = planId;
        this.planVersion = planVersion;
        this.goalNumber = goalNumber;
        this.goalText = goalText;
        this.recordedOn = recordedOn;
        this.level = level;
        this.itemId = itemId;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    UUID planId() {
        return planId;
    }

    int planVersion() {
        return planVersion;
    }

    int goalNumber() {
        return goalNumber;
    }

    String goalText() {
        return goalText;
    }

    LocalDate recordedOn() {
        return recordedOn;
    }

    Level level() {
        return level;
    }

    UUID itemId() {
        return itemId;
    }

    String note() {
        return note;
    }
}
