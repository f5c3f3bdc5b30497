package jp.tsunagu.employment.internal.payroll;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One employed user's payslip of a closed payroll: the days, the minutes by how they were paid, the totals and every
 * line with its trail, final like the run.
 */
@Entity
@Table(name = "payroll_payslip")
@org.hibernate.annotations.Immutable // final once closed (a trigger too): its JSON lines are never dirty-checked into an update
class PayrollPayslip extends TenantOwnedEntity {
    private UUID runId;
    private UUID officeId;
    private UUID personId;
    private UUID contractId;
    private LocalDate runMonth;
    private long workedMinutes;
    private int daysWorked;
    private long regularMinutes;
    private long overtimeMinutes;
    private long overtimeBeyondLimitMinutes;
    private long holidayMinutes;
    private long nightMinutes;
    private long gross;
    private long deductions;
    private long net;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Map<String, Object>> lines = new ArrayList<>();

    protected PayrollPayslip() {
    }

    PayrollPayslip(PayrollRun run, PayrollService.Slip slip, String by, Instant at) {
        super(by, at);
        this.runId = run.id();
        this.officeId = slip.contract().officeId().value();
        this.personId = slip.contract().personId().value();
        this.contractId = slip.contract().id();
        this.runMonth = run.month().atDay(1);
        this.workedMinutes = slip.workedMinutes();
        this.daysWorked = slip.daysWorked();
        PayrollService.Minutes minutes = slip.minutes();
        this.regularMinutes = minutes.regular();
        this.overtimeMinutes = minutes.overtime();
        this.overtimeBeyondLimitMinutes = minutes.overtimeBeyondLimit();
        this.holidayMinutes = minutes.holiday();
        this.nightMinutes = minutes.night();
        this.gross = slip.payslip().gross().value();
        this.deductions = slip.payslip().deductionsTotal().value();
        this.net = slip.payslip().net().value();
        for (PayrollCalculation.Line l : slip.payslip().earnings()) {
            lines.add(line("EARNING", l));
        }
        for (PayrollCalculation.Line l : slip.payslip().deductions()) {
            lines.add(line("DEDUCTION", l));
        }
    }

    private static Map<String, Object> line(String kind, PayrollCalculation.Line l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("item", l.item().name());
        m.put("amount", l.amount().value());
        m.put("trail", l.trail());
        return m;
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    UUID contractId() {
        return contractId;
    }

    long workedMinutes() {
        return workedMinutes;
    }

    int daysWorked() {
        return daysWorked;
    }

    UUID runId() {
        return runId;
    }

    /** The time as it was paid. */
    PayrollService.Minutes minutes() {
        return new PayrollService.Minutes(workedMinutes, regularMinutes, overtimeMinutes, overtimeBeyondLimitMinutes, holidayMinutes, nightMinutes);
    }

    /** The payslip as stored, lines in payslip order. */
    PayrollCalculation.Payslip payslip() {
        List<PayrollCalculation.Line> earnings = new ArrayList<>();
        List<PayrollCalculation.Line> deductionLines = new ArrayList<>();
        for (Map<String, Object> m : lines) {
            PayrollCalculation.Line l = new PayrollCalculation.Line(PayrollCalculation.Item.valueOf((String) m.get("item")),
                    Yen.of(((Number) m.get("amount")).longValue()), (String) m.get("trail"));
            ("EARNING".equals(m.get("kind")) ? earnings : deductionLines).add(l);
        }
        return new PayrollCalculation.Payslip(earnings, deductionLines);
    }
}
