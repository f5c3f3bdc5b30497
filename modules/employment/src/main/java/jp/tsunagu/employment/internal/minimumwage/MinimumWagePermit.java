package jp.tsunagu.employment.internal.minimumwage;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A 最低賃金の減額特例 permit the labour bureau gave the office for a named worker. */
@Entity
@Table(name = "minimum_wage_permit")
public class MinimumWagePermit extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private String permitNumber;
    private BigDecimal reductionPercent;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected MinimumWagePermit() {
    }

    MinimumWagePermit(UUID officeId, PersonId person, String permitNumber, BigDecimal reductionPercent, LocalDate validFrom, LocalDate validTo,
                      String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.personId = person.value();
        this.permitNumber = permitNumber.strip();
        this.reductionPercent = reductionPercent;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public String permitNumber() {
        return permitNumber;
    }

    public BigDecimal reductionPercent() {
        return reductionPercent.stripTrailingZeros();
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    MinimumWageGuard.Permit asGuardPermit() {
        return new MinimumWageGuard.Permit(permitNumber, reductionPercent(), validFrom, validTo);
    }
}
