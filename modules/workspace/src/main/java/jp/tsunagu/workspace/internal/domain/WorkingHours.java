package jp.tsunagu.workspace.internal.domain;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;

/**
 * 所定労働時間 of an employed A型 user from a date on. Lateness and early leave are measured against it, and only
 * for employed A型 users: the constructor refuses any other service (labour-ness guard rails), and so does the
 * database.
 */
@Entity
// the base's creation is this table's recording (recorded_at, recorded_by)
@jakarta.persistence.AttributeOverride(name = "createdAt", column = @Column(name = "recorded_at", updatable = false))
@jakarta.persistence.AttributeOverride(name = "createdBy", column = @Column(name = "recorded_by", updatable = false))
@Table(name = "working_hours")
public class WorkingHours extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    private LocalDate effectiveFrom;
    private LocalTime startTime;
    private LocalTime endTime;
    private int breakMinutes;

    protected WorkingHours() {
    }

    public WorkingHours(UUID officeId, UUID personId, ServiceType serviceType, LocalDate effectiveFrom, LocalTime start,
                        LocalTime end, int breakMinutes, String by, Instant at) {
        super(by, at);
        if (serviceType != ServiceType.TYPE_A) {
            throw new Problem.Invalid("personId", "workspace.hours.employedOnly", serviceType);
        }
        if (!end.isAfter(start)) {
            throw new Problem.Invalid("end", "workspace.slot.endBeforeStart");
        }
        if (breakMinutes < 0 || breakMinutes >= Duration.between(start, end).toMinutes()) {
            throw new Problem.Invalid("breakMinutes", "workspace.attendance.breakTooLong", breakMinutes,
                    Duration.between(start, end).toMinutes());
        }
        this.officeId = officeId;
        this.personId = personId;
        this.serviceType = serviceType;
        this.effectiveFrom = effectiveFrom;
        this.startTime = start.withSecond(0).withNano(0);
        this.endTime = end.withSecond(0).withNano(0);
        this.breakMinutes = breakMinutes;
    }

    /** Minutes after the scheduled start, 0 when on time or early. */
    public int lateMinutes(LocalTime checkIn) {
        return (int) Math.max(0, Duration.between(startTime, checkIn).toMinutes());
    }

    /** Minutes before the scheduled end, 0 when staying to the end. */
    public int earlyLeaveMinutes(LocalTime checkOut) {
        return (int) Math.max(0, Duration.between(checkOut, endTime).toMinutes());
    }

    public UUID personId() {
        return personId;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalTime start() {
        return startTime;
    }

    public LocalTime end() {
        return endTime;
    }

    public int breakMinutes() {
        return breakMinutes;
    }
}
