package jp.tsunagu.wages.internal.run;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.wages.internal.WagesLocks;
import jp.tsunagu.wages.internal.payrules.PayRuleService;
import jp.tsunagu.workspace.api.AttendanceQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adjustments (調整): a closed run is final, so 工賃 a user was still owed for it (hours recorded late, a rate applied
 * wrongly) is paid with the run of a later, open month, reasoned and audited. The run of that month pays it out of its
 * pool before sharing the rest ({@link RunService}), so no benefit income tops it up. An adjustment is only ever an
 * addition: an overpayment is not taken back out of a later month's 工賃 (a deduction, which README §4 rules out).
 */
@Service
public class AdjustmentService {
    private final WagesAdjustmentRepository adjustments;
    private final WagesRunRepository runs;
    private final WagesPaymentRepository payments;
    private final AttendanceQueries attendance;
    private final Offices offices;
    private final AuditTrail audit;
    private final WagesLocks locks;
    private final Clock clock;

    AdjustmentService(WagesAdjustmentRepository adjustments, WagesRunRepository runs, WagesPaymentRepository payments,
                      AttendanceQueries attendance, Offices offices, AuditTrail audit, WagesLocks locks, Clock clock) {
        this.adjustments = adjustments;
        this.runs = runs;
        this.payments = payments;
        this.attendance = attendance;
        this.offices = offices;
        this.audit = audit;
        this.locks = locks;
        this.clock = clock;
    }

    /** An adjustment as the run and its documents show it. */
    public record Adjustment(UUID id, PersonId person, YearMonth payMonth, YearMonth correctsMonth, ServiceType serviceType, Yen amount,
                             String reason, java.time.Instant at, String by) {
        static Adjustment of(WagesAdjustment a) {
            return new Adjustment(a.id(), a.personId(), a.payMonth(), a.correctsMonth(), a.serviceType(), a.amount(), a.reason(),
                    a.createdAt(), a.createdBy());
        }
    }

    /**
     * Records that {@code person} is owed {@code amount} for the closed month {@code correctsMonth}, to be paid with the
     * run of the open month {@code payMonth}. The person must have been paid in that closed run, or have B型 or
     * non-employed A型 service records in it (a user the run missed).
     */
    @Transactional
    public Adjustment add(OfficeId office, YearMonth payMonth, PersonId person, YearMonth correctsMonth, Long amount, String reason, String by) {
        offices.require(office);
        locks.month(office, payMonth); // not while the month closes
        if (closed(office, payMonth)) {
            throw new Problem.Invalid("month", "wages.adjustment.monthClosed", payMonth);
        }
        if (correctsMonth == null || !correctsMonth.isBefore(payMonth) || !closed(office, correctsMonth)) {
            throw new Problem.Invalid("correctsMonth", "wages.adjustment.correctsOpenMonth", correctsMonth == null ? "-" : correctsMonth, payMonth);
        }
        if (amount == null || amount <= 0) {
            throw new Problem.Invalid("amount", "wages.adjustment.notPositive", amount == null ? "-" : amount);
        }
        requireReason(reason);
        ServiceType type = serviceType(office, person, correctsMonth)
                .orElseThrow(() -> new Problem.Invalid("personId", "wages.run.notAWagesUser", person.value(), correctsMonth));
        WagesAdjustment a = adjustments.save(new WagesAdjustment(office.value(), person, payMonth, correctsMonth, type, Yen.of(amount),
                reason.strip(), by, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "wages_adjustment", a.id().toString()).inOffice(office).about(person.value())
                .withDetails("payMonth=" + payMonth + " correctsMonth=" + correctsMonth + " amount=" + amount + " reason=" + a.reason()));
        return Adjustment.of(a);
    }

    /** Withdraws an adjustment recorded in error, while its month is open; audited with the reason. */
    @Transactional
    public void withdraw(OfficeId office, YearMonth payMonth, UUID id, String reason, String by) {
        offices.require(office);
        locks.month(office, payMonth);
        WagesAdjustment a = adjustments.findById(id).filter(x -> x.officeId().equals(office.value()) && x.payMonth().equals(payMonth))
                .orElseThrow(() -> new Problem.NotFound("wages.adjustment.notFound"));
        if (closed(office, payMonth)) {
            throw new Problem.Invalid("month", "wages.adjustment.monthClosed", payMonth);
        }
        requireReason(reason);
        adjustments.delete(a);
        audit.record(AuditEvent.of(AuditEvent.Action.DELETE, "wages_adjustment", a.id().toString()).inOffice(office).about(a.personId().value())
                .withDetails("payMonth=" + payMonth + " correctsMonth=" + a.correctsMonth() + " amount=" + a.amount().value()
                        + " reason=" + reason.strip()));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new Problem.Invalid("reason", "wages.adjustment.reason");
        }
    }

    /** The adjustments the run of {@code month} pays, oldest first; the read is audited about each user. */
    @Transactional
    public List<Adjustment> ofMonth(OfficeId office, YearMonth month) {
        offices.require(office);
        List<Adjustment> list = adjustments.ofMonth(office.value(), month.atDay(1)).stream().map(Adjustment::of).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "wages_adjustment", office.value() + ":" + month).inOffice(office)
                .withDetails("adjustments=" + list.size());
        audit.recordAll(list.isEmpty() ? List.of(read) : list.stream().map(a -> read.about(a.person().value())).distinct().toList());
        return list;
    }

    /** The person's adjustments paid in {@code year}, by month paid (the 工賃台帳). */
    @Transactional(readOnly = true)
    public List<Adjustment> ofPerson(OfficeId office, PersonId person, FiscalYear year) {
        offices.require(office);
        return adjustments.ofPersonBetween(office.value(), person.value(), year.start(), year.lastMonth().atDay(1)).stream()
                .map(Adjustment::of).toList();
    }

    private boolean closed(OfficeId office, YearMonth month) {
        return runs.ofMonth(office.value(), month.atDay(1)).isPresent();
    }

    /** The type the person was served under in the closed month: from its run, else from its service records. */
    private Optional<ServiceType> serviceType(OfficeId office, PersonId person, YearMonth month) {
        Optional<ServiceType> paid = payments.ofPerson(office.value(), person.value(), month.atDay(1)).stream()
                .map(WagesPayment::serviceType).findFirst();
        if (paid.isPresent()) {
            return paid;
        }
        return attendance.month(office, month).stream()
                .filter(m -> m.personId().equals(person) && PayRuleService.WAGES_TYPES.contains(m.serviceType()))
                .map(AttendanceQueries.MonthOfService::serviceType).findFirst();
    }
}
