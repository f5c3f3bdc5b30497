package jp.tsunagu.workspace.internal.domain;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A group holds an area or a content in a daily time slot, from a date (to a date). */
@Entity
@Table(name = "work_assignment")
public class WorkAssignment extends TenantOwnedEntity {
    private UUID officeId;
    private UUID groupId;
    private UUID placeId;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected WorkAssignment() {
    }

    public WorkAssignment(UUID officeId, UUID groupId, UUID placeId, LocalTime startsAt, LocalTime endsAt, LocalDate validFrom,
                          LocalDate validTo, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.groupId = groupId;
        this.placeId = placeId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Whether this and another slot share a moment of some day (times and dates both overlap). */
    public boolean overlaps(LocalTime from, LocalTime to, LocalDate dateFrom, LocalDate dateTo) {
        boolean times = startsAt.isBefore(to) && from.isBefore(endsAt);
        boolean dates = (validTo == null || !validTo.isBefore(dateFrom)) && (dateTo == null || !dateTo.isBefore(validFrom));
        return times && dates;
    }

    /** Whether the group holds the place at {@code time} on {@code date}. */
    public boolean holdsAt(LocalDate date, LocalTime time) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo))
               && !time.isBefore(startsAt) && time.isBefore(endsAt);
    }

    public UUID groupId() {
        return groupId;
    }

    public UUID placeId() {
        return placeId;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
