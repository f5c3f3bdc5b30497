package jp.tsunagu.planning.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * 受給者証: a person's recipient certificate from a municipality, valid for a period; a person may hold successive
 * ones. Its 支給決定 lines are {@link BenefitDecision}s. Entered once as issued (checked by {@link CertificateDetails}).
 */
@Entity
@Table(name = "recipient_certificate")
public class RecipientCertificate {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private UUID personId;
    private String certificateNumber;
    private String municipalityCode;
    private String municipalityName;
    private LocalDate validFrom;
    private LocalDate validTo;
    private int monthlyCopayCap;
    private Instant createdAt;
    private String createdBy;

    @Version
    private Long version;

    protected RecipientCertificate() {
    }

    /** A certificate as entered; {@code details} must have passed {@link CertificateDetails#check()}. */
    public RecipientCertificate(UUID personId, CertificateDetails details, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.certificateNumber = details.certificateNumber();
        this.municipalityCode = details.municipalityCode();
        this.municipalityName = details.municipalityName();
        this.validFrom = details.validFrom();
        this.validTo = details.validTo();
        this.monthlyCopayCap = details.monthlyCopayCap();
        this.createdBy = by;
        this.createdAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public String municipalityName() {
        return municipalityName;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public int monthlyCopayCap() {
        return monthlyCopayCap;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
