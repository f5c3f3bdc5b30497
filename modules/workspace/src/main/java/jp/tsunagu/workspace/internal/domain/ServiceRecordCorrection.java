package jp.tsunagu.workspace.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A staff correction of a day's record: why, the values before and after, and whether the month was closed. */
@Entity
// the base's creation is the correction's (corrected_at, corrected_by)
@jakarta.persistence.AttributeOverride(name = "createdAt", column = @Column(name = "corrected_at", updatable = false))
@jakarta.persistence.AttributeOverride(name = "createdBy", column = @Column(name = "corrected_by", updatable = false))
@Table(name = "service_record_correction")
public class ServiceRecordCorrection extends TenantOwnedEntity {
    private UUID recordId;
    private UUID officeId;
    private UUID personId;
    private LocalDate serviceDate;
    private String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> after;

    private boolean afterClose;

    protected ServiceRecordCorrection() {
    }

    public ServiceRecordCorrection(ServiceRecord record, String reason, Map<String, Object> before, boolean afterClose, String by,
                                   Instant at) {
        super(by, at);
        if (reason == null || reason.isBlank()) {
            throw new Problem.Invalid("reason", "workspace.correction.reasonRequired");
        }
        this.recordId = record.id();
        this.officeId = record.officeId();
        this.personId = record.personId();
        this.serviceDate = record.serviceDate();
        this.reason = reason.strip();
        this.before = before;
        this.after = record.snapshot();
        this.afterClose = afterClose;
    }

    public UUID recordId() {
        return recordId;
    }

    public String reason() {
        return reason;
    }

    public Map<String, Object> before() {
        return before;
    }

    public Map<String, Object> after() {
        return after;
    }

    public boolean afterClose() {
        return afterClose;
    }

    public Instant correctedAt() {
        return createdAt();
    }

    public String correctedBy() {
        return createdBy();
    }
}
