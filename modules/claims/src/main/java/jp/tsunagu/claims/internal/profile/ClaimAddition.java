package jp.tsunagu.claims.internal.profile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** An addition the office filed, the day the authority accepted it and the month it counts from (by the rule table). */
@Entity
@Table(name = "claim_addition")
class ClaimAddition extends TenantOwnedEntity {
    private UUID officeId;
    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;
    private String addition;
    private LocalDate acceptedOn;
    private LocalDate countsFrom;
    private LocalDate endedFrom;

    protected ClaimAddition() {
    }

    ClaimAddition(OfficeId office, ServiceType serviceType, String addition, LocalDate acceptedOn, YearMonth countsFrom, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.serviceType = serviceType;
        this.addition = addition;
        this.acceptedOn = acceptedOn;
        this.countsFrom = countsFrom.atDay(1);
    }

    boolean counts(YearMonth month) {
        return !month.atDay(1).isBefore(countsFrom) && (endedFrom == null || month.atDay(1).isBefore(endedFrom));
    }

    ClaimProfileService.AdditionView view() {
        return new ClaimProfileService.AdditionView(id(), serviceType, addition, acceptedOn, YearMonth.from(countsFrom),
                endedFrom == null ? null : YearMonth.from(endedFrom));
    }
}
