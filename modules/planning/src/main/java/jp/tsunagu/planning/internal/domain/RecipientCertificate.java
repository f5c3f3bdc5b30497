package jp.tsunagu.planning.internal.domain;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 受給者証: a person's recipient certificate from a municipality, valid for a period; a person may hold successive
 * ones. Its 支給決定 lines are {@link BenefitDecision}s. Entered once as issued (checked by {@link CertificateDetails}).
 */
@Entity
@Table(name = "recipient_certificate")
public class RecipientCertificate extends TenantOwnedEntity {
    private UUID personId;
    private String certificateNumber;
    private String municipalityCode;
    private String municipalityName;
    private LocalDate validFrom;
    private LocalDate validTo;
    private int monthlyCopayCap;

    protected RecipientCertificate() {
    }

    /** A certificate as entered; {@code details} must have passed {@link CertificateDetails#check()}. */
    public RecipientCertificate(UUID personId, CertificateDetails details, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.certificateNumber = details.certificateNumber();
        this.municipalityCode = details.municipalityCode();
        this.municipalityName = details.municipalityName();
        this.validFrom = details.validFrom();
        this.validTo = details.validTo();
        this.monthlyCopayCap = details.monthlyCopayCap();
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

}
