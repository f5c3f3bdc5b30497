package jp.tsunagu.workspace.internal.domain;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;

/**
 * 任意保険 of a user who is not a worker (no workers' accident insurance): insurer, policy number and term. The
 * daily board flags a non-worker present without one covering the day.
 */
@Entity
// the base's creation is this table's recording (recorded_at, recorded_by)
@jakarta.persistence.AttributeOverride(name = "createdAt", column = @Column(name = "recorded_at", updatable = false))
@jakarta.persistence.AttributeOverride(name = "createdBy", column = @Column(name = "recorded_by", updatable = false))
@Table(name = "voluntary_insurance")
public class VoluntaryInsurance extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private String insurer;
    private String policyNumber;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected VoluntaryInsurance() {
    }

    public VoluntaryInsurance(UUID officeId, UUID personId, String insurer, String policyNumber, LocalDate from, LocalDate to,
                              String by, Instant at) {
        super(by, at);
        if (to.isBefore(from)) {
            throw new Problem.Invalid("validTo", "workspace.insurance.toBeforeFrom", from);
        }
        this.officeId = officeId;
        this.personId = personId;
        this.insurer = insurer.strip();
        this.policyNumber = policyNumber == null || policyNumber.isBlank() ? null : policyNumber.strip();
        this.validFrom = from;
        this.validTo = to;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
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
