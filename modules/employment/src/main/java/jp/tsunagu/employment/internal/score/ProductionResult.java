package jp.tsunagu.employment.internal.score;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** An A型 office's production activity of a fiscal year, with the management improvement plan a shortfall requires. */
@Entity
@Table(name = "production_result")
class ProductionResult extends TenantOwnedEntity {
    private UUID officeId;
    private int fiscalYear;
    private long revenue;
    private long expenses;
    private Long wagesPaid;
    private String evidence;
    private LocalDate planDeadline;
    private LocalDate planSubmittedOn;

    protected ProductionResult() {
    }

    ProductionResult(OfficeId office, int fiscalYear, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.fiscalYear = fiscalYear;
    }

    void set(Yen revenue, Yen expenses, Yen wagesPaid, String evidence, LocalDate planDeadline, LocalDate planSubmittedOn) {
        this.revenue = revenue.value();
        this.expenses = expenses.value();
        this.wagesPaid = wagesPaid == null ? null : wagesPaid.value();
        this.evidence = evidence.strip();
        this.planDeadline = planDeadline;
        this.planSubmittedOn = planSubmittedOn;
    }

    int fiscalYear() {
        return fiscalYear;
    }

    Yen revenue() {
        return Yen.of(revenue);
    }

    Yen expenses() {
        return Yen.of(expenses);
    }

    /** Wages paid as entered (a year paid outside Tsunagu), or null: the closed payrolls count. */
    Yen wagesPaid() {
        return wagesPaid == null ? null : Yen.of(wagesPaid);
    }

    String evidence() {
        return evidence;
    }

    LocalDate planDeadline() {
        return planDeadline;
    }

    LocalDate planSubmittedOn() {
        return planSubmittedOn;
    }
}
