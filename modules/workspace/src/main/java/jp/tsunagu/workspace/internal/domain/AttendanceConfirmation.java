package jp.tsunagu.workspace.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.DrawnSignature;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * A person's confirmation of their monthly record sheet (実績記録票): a signature drawn on the tablet (a PNG data
 * URL), or the paper sheet signed and kept by the office.
 */
@Entity
// the base's creation is this table's recording (recorded_at, recorded_by)
@jakarta.persistence.AttributeOverride(name = "createdAt", column = @Column(name = "recorded_at", updatable = false))
@jakarta.persistence.AttributeOverride(name = "createdBy", column = @Column(name = "recorded_by", updatable = false))
@Table(name = "attendance_confirmation")
public class AttendanceConfirmation extends TenantOwnedEntity {
    public enum Method { TABLET, PAPER }

    private UUID officeId;
    private UUID personId;
    private LocalDate month;

    @Enumerated(EnumType.STRING)
    private Method method;

    private String signature;
    private LocalDate confirmedOn;

    protected AttendanceConfirmation() {
    }

    public AttendanceConfirmation(UUID officeId, UUID personId, YearMonth month, Method method, String signature, LocalDate on,
                                  String by, Instant at) {
        super(by, at);
        if (method == Method.TABLET && !DrawnSignature.isPng(signature)) {
            throw new Problem.Invalid("signature", "workspace.sheet.signatureRequired");
        }
        if (on.isBefore(month.atDay(1))) {
            throw new Problem.Invalid("confirmedOn", "workspace.sheet.confirmedBeforeMonth", month);
        }
        this.officeId = officeId;
        this.personId = personId;
        this.month = month.atDay(1);
        this.method = method;
        this.signature = method == Method.TABLET ? signature : null;
        this.confirmedOn = on;
    }

    public UUID personId() {
        return personId;
    }

    public Method method() {
        return method;
    }

    public String signature() {
        return signature;
    }

    public LocalDate confirmedOn() {
        return confirmedOn;
    }

    public String recordedBy() {
        return createdBy();
    }
}
