package jp.tsunagu.workspace.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import org.hibernate.annotations.TenantId;

/**
 * 任意保険 of a user who is not a worker (no workers' accident insurance): insurer, policy number and term. The
 * daily board flags a non-worker present without one covering the day.
 */
@Entity
@Table(name = "voluntary_insurance")
public class VoluntaryInsurance {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private UUID officeId;
    private UUID personId;
    private String insurer;
    private String policyNumber;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Instant recordedAt;
    private String recordedBy;

    @Version
    private Long version;

    protected VoluntaryInsurance() {
    }

    public VoluntaryInsurance(UUID officeId, UUID personId, String insurer, String policyNumber, LocalDate from, LocalDate to,
                              String by, Instant at) {
        if (to.isBefore(from)) {
            throw new Problem.Invalid("validTo", "workspace.insurance.toBeforeFrom", from);
        }
        this.id = UUID.randomUUID();
        this.officeId = officeId;
        this.personId = personId;
        this.insurer = insurer.strip();
        this.policyNumber = policyNumber == null || policyNumber.isBlank() ? null : policyNumber.strip();
        this.validFrom = from;
        this.validTo = to;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public String insurer() {
        return insurer;
    }

    public String policyNumber() {
        return policyNumber;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
