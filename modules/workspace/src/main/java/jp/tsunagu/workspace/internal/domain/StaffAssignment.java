package jp.tsunagu.workspace.internal.domain;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;

/**
 * What a staff member does for one service of the office, with the scheduled hours a week (勤務表上の時間), from a
 * date and, once it ends, to a date. The month's full-time equivalent (常勤換算) counts it for the days it is valid.
 */
@Entity
@Table(name = "staff_assignment")
public class StaffAssignment extends TenantOwnedEntity {
    /**
     * Scheduled hours a week above this are taken as a typing error: an input check, not a rule of law (the
     * full-time equivalent counts one person at most at the office's full-time hours anyway).
     */
    public static final BigDecimal MAX_HOURS_PER_WEEK = new BigDecimal("60");

    private UUID officeId;
    private UUID staffId;

    @Enumerated(EnumType.STRING)
    private StaffRole role;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    private BigDecimal hoursPerWeek;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected StaffAssignment() {
    }

    public StaffAssignment(UUID officeId, UUID staffId, StaffRole role, ServiceType serviceType, BigDecimal hoursPerWeek,
                           LocalDate validFrom, LocalDate validTo, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.staffId = staffId;
        change(role, serviceType, hoursPerWeek, validFrom, validTo);
    }

    /** New terms; bad hours or dates are refused naming the field, and nothing changes then. */
    public void change(StaffRole role, ServiceType serviceType, BigDecimal hoursPerWeek, LocalDate validFrom, LocalDate validTo) {
        if (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(MAX_HOURS_PER_WEEK) > 0) {
            throw new Problem.Invalid("hoursPerWeek", "workspace.staff.hours", hoursPerWeek.toPlainString(), MAX_HOURS_PER_WEEK.toPlainString());
        }
        if (hoursPerWeek.stripTrailingZeros().scale() > 2) {
            throw new Problem.Invalid("hoursPerWeek", "workspace.staff.hoursScale", hoursPerWeek.toPlainString());
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new Problem.Invalid("validTo", "workspace.staff.toBeforeFrom", validFrom, validTo);
        }
        this.role = role;
        this.serviceType = serviceType;
        this.hoursPerWeek = hoursPerWeek;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** The days of {@code from}..{@code to} (both included) on which this assignment is valid. */
    public long daysWithin(LocalDate from, LocalDate to) {
        LocalDate start = validFrom.isAfter(from) ? validFrom : from;
        LocalDate end = validTo == null || validTo.isAfter(to) ? to : validTo;
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }

    public UUID staffId() {
        return staffId;
    }

    public StaffRole role() {
        return role;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public BigDecimal hoursPerWeek() {
        return hoursPerWeek;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
