package jp.tsunagu.workspace.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * A closed month of an office's service records (実績の締め): its records are locked from then on. An office's month
 * is closed once (unique within the tenant, the key it was before the row had an id of its own).
 */
@Entity
// the base's creation is the closing (closed_at, closed_by): a month once closed stays so
@jakarta.persistence.AttributeOverride(name = "createdAt", column = @Column(name = "closed_at", updatable = false))
@jakarta.persistence.AttributeOverride(name = "createdBy", column = @Column(name = "closed_by", updatable = false))
@Table(name = "attendance_month")
public class AttendanceMonth extends TenantOwnedEntity {
    private UUID officeId;
    private LocalDate month;

    protected AttendanceMonth() {
    }

    public AttendanceMonth(UUID officeId, YearMonth month, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.month = month.atDay(1);
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public Instant closedAt() {
        return createdAt();
    }

    public String closedBy() {
        return createdBy();
    }
}
