package jp.tsunagu.employment.internal.leave;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A day (or half a day) of annual paid leave taken. */
@Entity
@Table(name = "paid_leave_taken")
class PaidLeaveTaken extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private LocalDate takenOn;
    private BigDecimal days;

    protected PaidLeaveTaken() {
    }

    PaidLeaveTaken(OfficeId office, PersonId person, LocalDate takenOn, BigDecimal days, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.takenOn = takenOn;
        this.days = days;
    }

    PaidLeaveLedger.Taken asTaken() {
        return new PaidLeaveLedger.Taken(takenOn, days.stripTrailingZeros());
    }
}
