package jp.tsunagu.training.internal.placement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A follow-up contact after hire: the day, with whom, face to face or not, the issues raised, a note. */
@Entity
@Table(name = "placement_contact")
class PlacementContact extends TenantOwnedEntity {
    enum WithWhom { PERSON, EMPLOYER, FAMILY, OTHER }

    enum Issue { LATENESS, ABSENCE, FATIGUE, MEDICATION, MONEY, OTHER }

    private UUID placementId;
    private LocalDate contactDate;
    @Enumerated(EnumType.STRING)
    private WithWhom withWhom;
    private boolean faceToFace;
    private String issues;
    private String note;

    protected PlacementContact() {
    }

    PlacementContact(UUID placementId, LocalDate date, WithWhom withWhom, boolean faceToFace, Set<Issue> issues, String note, String by,
                     Instant at) {
        super(by, at);
        this.placementId = placementId;
        this.contactDate = date;
        this.withWhom = withWhom;
        this.faceToFace = faceToFace;
        this.issues = (issues == null ? Set.<Issue>of() : issues).stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    UUID placementId() {
        return placementId;
    }

    LocalDate date() {
        return contactDate;
    }

    WithWhom withWhom() {
        return withWhom;
    }

    boolean faceToFace() {
        return faceToFace;
    }

    /** The issues, in their declared order. */
    Set<Issue> issues() {
        Set<Issue> set = EnumSet.noneOf(Issue.class);
        if (!issues.isEmpty()) {
            Arrays.stream(issues.split(",")).map(Issue::valueOf).forEach(set::add);
        }
        return set;
    }

    String note() {
        return note;
    }
}
