package jp.tsunagu.employment.internal.payroll;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** Wages owed for a closed month, paid with a later open month's payroll, with the reason. */
@Entity
@Table(name = "payroll_adjustment")
class PayrollAdjustment extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private LocalDate payMonth;
    private LocalDate correctsMonth;
    private long amount;
    private String reason;

    protected PayrollAdjustment() {
    }

    PayrollAdjustment(OfficeId office, PersonId person, YearMonth payMonth, YearMonth correctsMonth, Yen amount, String reason, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.payMonth = payMonth.atDay(1);
        this.correctsMonth = correctsMonth.atDay(1);
        this.amount = amount.value();
        this.reason = reason.strip();
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

    Yen amount() {
        return Yen.of(amount);
    }

    String reason() {
        return reason;
    }

    PayrollCalculation.Adjustment asCalculated() {
        return new PayrollCalculation.Adjustment(correctsMonth(), amount(), reason);
    }
}
