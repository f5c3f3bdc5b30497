package jp.tsunagu.workspace.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * サービス提供記録: one person's day at an office. Either PRESENT (check-in opens it; check-out closes it with the
 * break, transport, meal, off-site work and the minutes of service after the office's rounding, WS-6) or ABSENT
 * (欠席: how the office learnt of it and the response it gave). Lateness and early leave are kept only for
 * employed A型 users with working hours (labour-ness guard rails). Bad times are refused naming the field. A staff
 * correction recomputes everything from the corrected times. Recorded at and by are the latest recording (check-in,
 * then check-out or a correction); created at and by, the first.
 */
@Entity
@Table(name = "service_record")
public class ServiceRecord extends TenantOwnedEntity {
    public enum Status { PRESENT, ABSENT }

    private UUID officeId;
    private UUID personId;
    private LocalDate serviceDate;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    @Enumerated(EnumType.STRING)
    private Status status;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "off_site")
    private Offsite offsite;

    @Column(name = "off_site_place")
    private String offsitePlace;
    private Integer lateMinutes;
    private Integer earlyLeaveMinutes;
    private String absenceContact;
    private String absenceResponse;
    private boolean exceedsAmount;
    private boolean corrected;
    private String rounding;
    private Instant recordedAt;
    private String recordedBy;

    protected ServiceRecord() {
    }

    /** A check-in; {@code hours} are the working hours of an employed A型 user, else null. */
    public static ServiceRecord checkIn(UUID officeId, UUID personId, LocalDate date, ServiceType type, UUID groupId, UUID areaId,
                                        UUID contentId, LocalTime checkIn, AttendanceRounding rounding, WorkingHours hours,
                                        boolean exceedsAmount, String by, Instant at) {
        ServiceRecord r = new ServiceRecord(officeId, personId, date, type, groupId, Status.PRESENT, by, at);
        r.areaId = areaId;
        r.contentId = contentId;
        r.checkIn = minute(checkIn);
        r.roundedStart = rounding.roundStart(r.checkIn);
        r.rounding = rounding.start() + "/" + rounding.end();
        r.exceedsAmount = exceedsAmount;
        r.lateMinutes = lateness(type, hours, h -> h.lateMinutes(r.checkIn));
        return r;
    }

    /** An absence (欠席) with how the office learnt of it and the response it gave (欠席時対応). */
    public static ServiceRecord absence(UUID officeId, UUID personId, LocalDate date, ServiceType type, UUID groupId,
                                        String contact, String response, String by, Instant at) {
        if (contact == null || contact.isBlank()) {
            throw new Problem.Invalid("contact", "workspace.absence.contactRequired");
        }
        ServiceRecord r = new ServiceRecord(officeId, personId, date, type, groupId, Status.ABSENT, by, at);
        r.absenceContact = contact.strip();
        r.absenceResponse = response == null || response.isBlank() ? null : response.strip();
        r.rounding = "-";
        return r;
    }

    private ServiceRecord(UUID officeId, UUID personId, LocalDate date, ServiceType type, UUID groupId, Status status, String by,
                          Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.personId = personId;
        this.serviceDate = date;
        this.serviceType = type;
        this.groupId = groupId;
        this.status = status;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** Closes the day; refused when already closed, the time is not after check-in, or the break fills the stay. */
    public void checkOut(LocalTime out, DayDetails details, AttendanceRounding rounding, WorkingHours hours, String by,
                         Instant at) {
        if (status == Status.ABSENT) {
            throw new Problem.Invalid("checkOut", "workspace.attendance.notIn", serviceDate);
        }
        if (checkOut != null) {
            throw new Problem.Conflict("workspace.attendance.alreadyOut", checkOut);
        }
        close(minute(out), details, rounding, hours);
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /**
     * A staff correction of a present day: the times as they should have been and the day's details; everything
     * derived (rounding, minutes, lateness) is computed again. The caller keeps the reason.
     */
    public void correct(LocalTime in, LocalTime out, DayDetails details, AttendanceRounding rounding, WorkingHours hours, String by,
                        Instant at) {
        if (status == Status.ABSENT) {
            throw new Problem.Invalid("checkIn", "workspace.correction.absent");
        }
        this.checkIn = minute(in);
        this.roundedStart = rounding.roundStart(checkIn);
        this.rounding = rounding.start() + "/" + rounding.end();
        this.lateMinutes = lateness(serviceType, hours, h -> h.lateMinutes(checkIn));
        if (out == null) {
            this.checkOut = null;
            this.roundedEnd = null;
            this.minutes = null;
            this.earlyLeaveMinutes = null;
            apply(details);
        } else {
            close(minute(out), details, rounding, hours);
        }
        this.corrected = true;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    private void close(LocalTime time, DayDetails details, AttendanceRounding rounding, WorkingHours hours) {
        if (!time.isAfter(checkIn)) {
            throw new Problem.Invalid("checkOut", "workspace.attendance.outBeforeIn", checkIn);
        }
        long stay = Duration.between(checkIn, time).toMinutes();
        if (details.breakMinutes() < 0 || details.breakMinutes() >= stay) {
            throw new Problem.Invalid("breakMinutes", "workspace.attendance.breakTooLong", details.breakMinutes(), stay);
        }
        this.checkOut = time;
        this.roundedEnd = rounding.roundEnd(time);
        this.minutes = rounding.minutes(checkIn, time, details.breakMinutes());
        this.earlyLeaveMinutes = lateness(serviceType, hours, h -> h.earlyLeaveMinutes(time));
        apply(details);
    }

    private void apply(DayDetails details) {
        if (details.offsite() != null && (details.offsitePlace() == null || details.offsitePlace().isBlank())) {
            throw new Problem.Invalid("offsitePlace", "workspace.attendance.offsitePlace");
        }
        this.breakMinutes = details.breakMinutes();
        this.transportTo = details.transportTo();
        this.transportFrom = details.transportFrom();
        this.meal = details.meal();
        this.offsite = details.offsite();
        this.offsitePlace = details.offsite() == null ? null : details.offsitePlace().strip();
    }

    /** Lateness is measured only for employed A型 users with working hours; for everyone else there is none. */
    private static Integer lateness(ServiceType type, WorkingHours hours, java.util.function.ToIntFunction<WorkingHours> f) {
        return type == ServiceType.TYPE_A && hours != null ? f.applyAsInt(hours) : null;
    }

    private static LocalTime minute(LocalTime t) {
        return t.withSecond(0).withNano(0);
    }

    /** The values a correction may change, as they are now (kept before and after each correction). */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checkIn", checkIn == null ? null : checkIn.toString());
        m.put("checkOut", checkOut == null ? null : checkOut.toString());
        m.put("breakMinutes", breakMinutes);
        m.put("minutes", minutes);
        m.put("transportTo", transportTo);
        m.put("transportFrom", transportFrom);
        m.put("meal", meal);
        m.put("offsite", offsite == null ? null : offsite.name());
        m.put("offsitePlace", offsitePlace);
        m.put("lateMinutes", lateMinutes);
        m.put("earlyLeaveMinutes", earlyLeaveMinutes);
        return m;
    }

    public UUID officeId() {
        return officeId;
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

    public Status status() {
        return status;
    }

    public boolean present() {
        return status == Status.PRESENT;
    }

    public UUID groupId() {
        return groupId;
    }

    public UUID areaId() {
        return areaId;
    }

    public UUID contentId() {
        return contentId;
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

    public Offsite offsite() {
        return offsite;
    }

    public String offsitePlace() {
        return offsitePlace;
    }

    public Integer lateMinutes() {
        return lateMinutes;
    }

    public Integer earlyLeaveMinutes() {
        return earlyLeaveMinutes;
    }

    public String absenceContact() {
        return absenceContact;
    }

    public String absenceResponse() {
        return absenceResponse;
    }

    public boolean corrected() {
        return corrected;
    }

    public String rounding() {
        return rounding;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    /** Whether the person was here at {@code t} (an open day counts from its check-in on). */
    public boolean covers(LocalTime t) {
        return covers(present(), checkIn, checkOut, t);
    }

    /** {@link #covers(LocalTime)} of a record read as columns. */
    public static boolean covers(boolean present, LocalTime checkIn, LocalTime checkOut, LocalTime t) {
        return present && !t.isBefore(checkIn) && (checkOut == null || t.isBefore(checkOut));
    }

    /** Whether the stay overlaps {@code from}..{@code to} (to null: open). */
    public boolean overlaps(LocalTime from, LocalTime to) {
        return present() && (to == null || to.isAfter(checkIn)) && (checkOut == null || checkOut.isAfter(from));
    }
}
