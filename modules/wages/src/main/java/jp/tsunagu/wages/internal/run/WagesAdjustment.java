package jp.tsunagu.wages.internal.run;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * 工賃 a user was owed for a closed month, paid with the run of a later, open month, with its reason (the closed run
 * is final). Only an addition: an overpayment is never taken back out of a later month's 工賃.
 */
@Entity
@Table(name = "wages_adjustment")
class WagesAdjustment extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private LocalDate payMonth;
    private LocalDate correctsMonth;
    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;
    private long amount;
    private String reason;

    protected WagesAdjustment() {
    }

    WagesAdjustment(UUID officeId, PersonId person, YearMonth payMonth, YearMonth correctsMonth, ServiceType serviceType, Yen amount,
                    String reason, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.personId = person.value();
        this.payMonth = payMonth.atDay(1);
        this.correctsMonth = correctsMonth.atDay(1);
        this.serviceType = serviceType;
        this.amount = amount.value();
        this.reason = reason;
    }

    UUID officeId() {
        return officeId;
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    YearMonth payMonth() {
        return YearMonth.from(payMonth);
    }

    YearMonth correctsMonth() {
        return YearMonth.from(correctsMonth);
    }

    ServiceType serviceType() {
        return serviceType;
    }

    Yen amount() {
        return Yen.of(amount);
    }

    String reason() {
        return reason;
    }
}
