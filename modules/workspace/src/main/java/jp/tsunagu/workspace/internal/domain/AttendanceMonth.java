package jp.tsunagu.workspace.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A closed month of an office's service records (実績の締め): its records are locked from then on. */
@Entity
@Table(name = "attendance_month")
@IdClass(AttendanceMonth.Key.class)
public class AttendanceMonth {
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Id
    private UUID officeId;

    @Id
    private LocalDate month;

    private Instant closedAt;
    private String closedBy;

    protected AttendanceMonth() {
    }

    public AttendanceMonth(UUID officeId, YearMonth month, String by, Instant at) {
        this.officeId = officeId;
        this.month = month.atDay(1);
        this.closedBy = by;
        this.closedAt = at;
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public record Key(UUID officeId, LocalDate month) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
