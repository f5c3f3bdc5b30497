package jp.tsunagu.wages.internal.run;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * A closed monthly run of 工賃 (工賃の月次計算): one per office and month, final once stored (the database refuses any
 * change). What it paid out: the month's revenue and expenses, the reserve used, the base parts and the rest, their total,
 * the 工賃規程 version and the trail of the calculation.
 */
@Entity
@Table(name = "wages_run")
class WagesRun extends TenantOwnedEntity {
    private UUID officeId;
    private LocalDate runMonth;
    private UUID payRuleId;
    private long revenue;
    private long expenses;
    private long reserveUsed;
    private long setAside;
    private long baseTotal;
    private long rest;
    private long adjustments;
    private long totalPaid;
    private String trail;
    private Instant closedAt;
    private String closedBy;

    protected WagesRun() {
    }

    WagesRun(UUID officeId, YearMonth month, UUID payRuleId, Yen revenue, Yen expenses, Yen reserveUsed, Yen setAside, Yen baseTotal, Yen rest,
             Yen adjustments, String trail, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.runMonth = month.atDay(1);
        this.payRuleId = payRuleId;
        this.revenue = revenue.value();
        this.expenses = expenses.value();
        this.reserveUsed = reserveUsed.value();
        this.setAside = setAside.value();
        this.baseTotal = baseTotal.value();
        this.rest = rest.value();
        this.adjustments = adjustments.value();
        this.totalPaid = baseTotal.plus(rest).plus(adjustments).value();
        this.trail = trail;
        this.closedAt = at;
        this.closedBy = by;
    }

    UUID officeId() {
        return officeId;
    }

    YearMonth month() {
        return YearMonth.from(runMonth);
    }

    UUID payRuleId() {
        return payRuleId;
    }

    Yen revenue() {
        return Yen.of(revenue);
    }

    Yen expenses() {
        return Yen.of(expenses);
    }

    Yen reserveUsed() {
        return Yen.of(reserveUsed);
    }

    /** What the run held back for the reserves (the year's last month). */
    Yen setAside() {
        return Yen.of(setAside);
    }

    Yen baseTotal() {
        return Yen.of(baseTotal);
    }

    Yen rest() {
        return Yen.of(rest);
    }

    Yen totalPaid() {
        return Yen.of(totalPaid);
    }

    String trail() {
        return trail;
    }

    Instant closedAt() {
        return closedAt;
    }

    String closedBy() {
        return closedBy;
    }
}
