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
 * A month whose run of 工賃 is due: the office closed its service records, and a preview then found {@code outcome}
 * (with the shortfall of a pool too small). Done once the month's run is closed.
 */
@Entity
@Table(name = "wages_month_due")
class MonthDue extends TenantOwnedEntity {
    private UUID officeId;
    private LocalDate dueMonth;
    private String outcome;
    private Long shortfall;

    protected MonthDue() {
    }

    MonthDue(UUID officeId, YearMonth month, String outcome, Yen shortfall, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.dueMonth = month.atDay(1);
        this.outcome = outcome;
        this.shortfall = shortfall == null ? null : shortfall.value();
    }

    /** What a later preview found (the records were reopened and closed again). */
    void found(String outcome, Yen shortfall) {
        this.outcome = outcome;
        this.shortfall = shortfall == null ? null : shortfall.value();
    }

    YearMonth month() {
        return YearMonth.from(dueMonth);
    }

    String outcome() {
        return outcome;
    }

    Yen shortfall() {
        return shortfall == null ? null : Yen.of(shortfall);
    }
}
