package jp.tsunagu.employment.internal.payroll;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A closed monthly payroll of an office: final, one per office and month. */
@Entity
@Table(name = "payroll_run")
@org.hibernate.annotations.Immutable // final once closed (a trigger too): never dirty-checked into an update
class PayrollRun extends TenantOwnedEntity {
    private UUID officeId;
    private LocalDate runMonth;
    private LocalDate periodClosing;
    private LocalDate payDate;
    private long totalGross;
    private long totalNet;
    private Instant closedAt;
    private String closedBy;

    protected PayrollRun() {
    }

    PayrollRun(OfficeId office, YearMonth month, LocalDate periodClosing, LocalDate payDate, Yen gross, Yen net, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.runMonth = month.atDay(1);
        this.periodClosing = periodClosing;
        this.payDate = payDate;
        this.totalGross = gross.value();
        this.totalNet = net.value();
        this.closedAt = at;
        this.closedBy = by;
    }

    UUID officeId() {
        return officeId;
    }

    YearMonth month() {
        return YearMonth.from(runMonth);
    }

    LocalDate payDate() {
        return payDate;
    }

    LocalDate periodClosing() {
        return periodClosing;
    }

    Yen totalGross() {
        return Yen.of(totalGross);
    }

    Instant closedAt() {
        return closedAt;
    }

    String closedBy() {
        return closedBy;
    }
}
