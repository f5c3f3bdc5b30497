package jp.tsunagu.planning.internal.domain;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;

/**
 * 利用契約: a person's contract with an office for one service type, with the contracted days per month (契約支給量),
 * based on a recipient certificate. A contract must fit the certificate's 支給決定 (the claims system rejects one
 * that does not: EG61 outside the decision period, EG28 above the decided amount): its start must be covered by a
 * decision for its service type, and in every month it covers within a decision's period its days may not exceed
 * that decision's amount (PLN-1).
 */
@Entity
@Table(name = "usage_contract")
public class UsageContract extends TenantOwnedEntity {
    private UUID personId;
    private UUID officeId;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    private LocalDate startDate;
    private LocalDate endDate;
    private int contractedDays;
    private UUID certificateId;
    private String endReason;

    protected UsageContract() {
    }

    private UsageContract(UUID personId, UUID officeId, ServiceType serviceType, LocalDate startDate, LocalDate endDate,
                          int contractedDays, UUID certificateId, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.officeId = officeId;
        this.serviceType = serviceType;
        this.startDate = startDate;
        this.endDate = endDate;
        this.contractedDays = contractedDays;
        this.certificateId = certificateId;
    }

    /**
     * A new contract, if it fits {@code certificate} and its {@code decisions}; else 400 naming the field and the rule:
     * {@code startDate} when no decision for the service type covers the start (EG61), {@code contractedDays} with
     * the certificate number, the month and the limit when the days exceed a decision's amount in a month (PLN-1,
     * EG28).
     */
    public static UsageContract start(UUID personId, UUID officeId, ServiceType serviceType, LocalDate startDate,
                                      LocalDate endDate, int contractedDays, RecipientCertificate certificate,
                                      List<BenefitDecision> decisions, String by, Instant at) {
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new Problem.Invalid("endDate", "planning.period.endBeforeStart");
        }
        if (contractedDays < 1 || contractedDays > 31) {
            throw new Problem.Invalid("contractedDays", "planning.contract.daysRange");
        }
        List<BenefitDecision> forType = decisions.stream()
                .filter(d -> d.certificateId().equals(certificate.id()) && d.serviceType() == serviceType).toList();
        if (forType.stream().noneMatch(d -> d.covers(startDate))) {
            throw new Problem.Invalid("startDate", "planning.contract.noDecision", certificate.certificateNumber(), serviceType,
                    startDate);
        }
        for (BenefitDecision decision : forType) {
            for (YearMonth month : decision.monthsCovered(startDate, endDate)) {
                int allowed = decision.daysAllowedIn(month);
                if (contractedDays > allowed) {
                    throw new Problem.Invalid("contractedDays", "planning.contract.aboveDecision", contractedDays,
                            certificate.certificateNumber(), month.toString(), allowed);
                }
            }
        }
        return new UsageContract(personId, officeId, serviceType, startDate, endDate, contractedDays, certificate.id(), by, at);
    }

    /**
     * Ends the contract on {@code on} (its last day of service) for {@code reason}: 409 when it was ended already,
     * 400 when the date is before the start or after an end agreed in the contract.
     */
    public void end(LocalDate on, String reason) {
        if (endReason != null) {
            throw new Problem.Conflict("planning.contract.alreadyEnded", endDate);
        }
        if (on.isBefore(startDate)) {
            throw new Problem.Invalid("endDate", "planning.period.endBeforeStart");
        }
        if (endDate != null && on.isAfter(endDate)) {
            throw new Problem.Invalid("endDate", "planning.contract.endAfterAgreed", endDate);
        }
        this.endDate = on;
        this.endReason = reason;
    }

    /** Whether the contract runs on {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    /** Whether the contract's term meets the span {@code from}..{@code to} ({@code to} null: open-ended). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !to.isBefore(startDate)) && (endDate == null || !endDate.isBefore(from));
    }

    public boolean ended() {
        return endReason != null;
    }

    public UUID personId() {
        return personId;
    }

    public UUID officeId() {
        return officeId;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public int contractedDays() {
        return contractedDays;
    }

    public UUID certificateId() {
        return certificateId;
    }

    public String endReason() {
        return endReason;
    }

}
