package jp.tsunagu.employment.internal.score;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** An A型 office's production activity of a month (生産活動の月次収支): revenue and expenses from its accounts. */
@Entity
@Table(name = "production_month")
class ProductionMonth extends TenantOwnedEntity {
    private UUID officeId;
    private LocalDate month;
    private long revenue;
    private long expenses;
    private String evidence;

    protected ProductionMonth() {
    }

    ProductionMonth(OfficeId office, YearMonth month, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.month = month.atDay(1);
    }

    void set(Yen revenue, Yen expenses, String evidence) {
        this.revenue = revenue.value();
        this.expenses = expenses.value();
        this.evidence = evidence.strip();
    }

    YearMonth month() {
        return YearMonth.from(month);
    }

    Yen revenue() {
        return Yen.of(revenue);
    }

    Yen expenses() {
        return Yen.of(expenses);
    }

    String evidence() {
        return evidence;
    }
}
