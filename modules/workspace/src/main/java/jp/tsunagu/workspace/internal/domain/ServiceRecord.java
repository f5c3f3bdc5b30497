package jp.tsunagu.workspace.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import org.hibernate.annotations.TenantId;

/**
 * サービス提供記録: one person's day at an office. Check-in opens it; check-out closes it with the break and
 * the minutes of service after the office's rounding (WS-6). Bad times are refused naming the field.
 */
@Entity
@Table(name = "service_record")
public class ServiceRecord {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private UUID officeId;
    private UUID personId;
    private LocalDate serviceDate;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private ServiceType serviceType;

    private UUID groupId;
    private UUID areaId;
    private UUID contentId;
    private LocalTime checkIn;
    private LocalTime checkOut;
    private LocalTime roundedStart;
    private LocalTime roundedEnd;
    private int breakMinutes;
    private Integer minutes;
    private boolean transportTo;
    private boolean transportFrom;
    private boolean meal;
    private boolean exceedsAmount;
    private String rounding;
    private Instant recordedAt;
    private String recordedBy;

    @Version
    private Long version;

    protected ServiceRecord() {
    }

    public ServiceRecord(UUID officeId, UUID personId, LocalDate date, ServiceType type, UUID groupId, UUID areaId,
                         UUID contentId, LocalTime checkIn, AttendanceRounding rounding, boolean exceedsAmount, String by,
                         Instant at) {
        this.id = UUID.randomUUID();
        this.officeId = officeId;
        this.personId = personId;
        this.serviceDate = date;
        this.serviceType = type;
        this.groupId = groupId;
        this.areaId = areaId;
        this.contentId = contentId;
        this.checkIn = checkIn.withSecond(0).withNano(0);
        this.roundedStart = rounding.roundStart(checkIn);
        this.rounding = rounding.start() + "/" + rounding.end();
        this.exceedsAmount = exceedsAmount;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public void checkOut(LocalTime out, int breakMinutes, boolean transportTo, boolean transportFrom, boolean meal,
                         AttendanceRounding rounding, String by, Instant at) {
        if (checkOut != null) {
            throw new Problem.Conflict("workspace.attendance.alreadyOut", checkOut);
        }
        LocalTime time = out.withSecond(0).withNano(0);
        if (!time.isAfter(checkIn)) {
            throw new Problem.Invalid("checkOut", "workspace.attendance.outBeforeIn", checkIn);
        }
        long stay = java.time.Duration.between(checkIn, time).toMinutes();
        if (breakMinutes < 0 || breakMinutes >= stay) {
            throw new Problem.Invalid("breakMinutes", "workspace.attendance.breakTooLong", breakMinutes, stay);
        }
        this.checkOut = time;
        this.roundedEnd = rounding.roundEnd(time);
        this.breakMinutes = breakMinutes;
        this.minutes = rounding.minutes(checkIn, time, breakMinutes);
        this.transportTo = transportTo;
        this.transportFrom = transportFrom;
        this.meal = meal;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public LocalDate serviceDate() {
        return serviceDate;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public UUID groupId() {
        return groupId;
    }

    public LocalTime checkIn() {
        return checkIn;
    }

    public LocalTime checkOut() {
        return checkOut;
    }

    public LocalTime roundedStart() {
        return roundedStart;
    }

    public LocalTime roundedEnd() {
        return roundedEnd;
    }

    public int breakMinutes() {
        return breakMinutes;
    }

    public Integer minutes() {
        return minutes;
    }

    public boolean exceedsAmount() {
        return exceedsAmount;
    }

    public boolean transportTo() {
        return transportTo;
    }

    public boolean transportFrom() {
        return transportFrom;
    }

    public boolean meal() {
        return meal;
    }

    public String rounding() {
        return rounding;
    }
}
