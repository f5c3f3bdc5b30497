package jp.tsunagu.employment.internal.leave;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.employment.internal.contracts.EmploymentContract;
import jp.tsunagu.employment.internal.contracts.EmploymentContractService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.rules.Rules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual paid leave of employed users ({@link PaidLeaveLedger}): the ledger of a user, the office's balances with the
 * 5-day obligation's warnings, and leave taken (refused beyond what is left). Hired on the first day of the user's
 * first contract at the office.
 */
@Service
public class PaidLeaveService {
    private final PaidLeaveTakenRepository taken;
    private final EmploymentContractService contracts;
    private final Rules rules;
    private final AuditTrail audit;
    private final Clock clock;

    PaidLeaveService(PaidLeaveTakenRepository taken, EmploymentContractService contracts, Rules rules, AuditTrail audit, Clock clock) {
        this.taken = taken;
        this.contracts = contracts;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** A user's ledger with name and kana. */
    public record PersonLedger(PersonId person, String name, String kana, PaidLeaveLedger.Ledger ledger) {
    }

    /** The user's ledger as of today; audited about the user. */
    @Transactional
    public PersonLedger ledger(OfficeId office, PersonId person) {
        PersonLedger l = compute(office, person, contractsOf(office, person), List.of());
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "paid_leave", person.value().toString()).inOffice(office).about(person.value()));
        return l;
    }

    /** Every employed user's ledger, by kana; audited about each. */
    @Transactional
    public List<PersonLedger> office(OfficeId office) {
        List<PersonLedger> all = new ArrayList<>();
        List<EmploymentContractService.Named> every = contracts.allOf(office);
        every.stream().map(n -> n.contract().personId()).distinct().forEach(p -> all.add(compute(office, p,
                every.stream().filter(n -> n.contract().personId().equals(p)).toList(), List.of())));
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "paid_leave", office.value().toString()).inOffice(office)
                .withDetails("users=" + all.size());
        audit.recordAll(all.isEmpty() ? List.of(read) : all.stream().map(l -> read.about(l.person().value())).toList());
        return all;
    }

    /** Records leave taken on {@code date} (1 day or 0.5); refused when no valid grant covers it. */
    @Transactional
    public PersonLedger take(OfficeId office, PersonId person, LocalDate date, BigDecimal days, String by) {
        List<EmploymentContractService.Named> own = contractsOf(office, person);
        if (days.compareTo(BigDecimal.ONE) != 0 && days.compareTo(new BigDecimal("0.5")) != 0) {
            throw new Problem.Invalid("days", "employment.leave.days", days.toPlainString());
        }
        if (own.stream().noneMatch(n -> n.contract().runsOn(date))) {
            throw new Problem.Invalid("date", "employment.leave.noContract", date);
        }
        PersonLedger ledger;
        try {
            ledger = compute(office, person, own, List.of(new PaidLeaveLedger.Taken(date, days)));
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid("date", "employment.leave.insufficient", date, days.toPlainString());
        }
        PaidLeaveTaken t = taken.save(new PaidLeaveTaken(office, person, date, days, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "paid_leave_taken", t.id().toString()).inOffice(office).about(person.value())
                .withDetails("date=" + date + " days=" + days.toPlainString()));
        return ledger;
    }

    private List<EmploymentContractService.Named> contractsOf(OfficeId office, PersonId person) {
        List<EmploymentContractService.Named> own = contracts.allOf(office).stream().filter(n -> n.contract().personId().equals(person)).toList();
        if (own.isEmpty()) {
            throw new Problem.NotFound("employment.contract.notFound");
        }
        return own;
    }

    private PersonLedger compute(OfficeId office, PersonId person, List<EmploymentContractService.Named> own, List<PaidLeaveLedger.Taken> more) {
        LocalDate hired = own.stream().map(n -> n.contract().startDate()).min(Comparator.naturalOrder()).orElseThrow();
        List<PaidLeaveLedger.Taken> all = new ArrayList<>(taken.of(office.value(), person.value()).stream().map(PaidLeaveTaken::asTaken).toList());
        all.addAll(more);
        PaidLeaveLedger.Ledger ledger = PaidLeaveLedger.of(hired, day -> week(own, day), rules::on, all, LocalDate.now(clock));
        return new PersonLedger(person, own.getFirst().name(), own.getFirst().kana(), ledger);
    }

    private static Optional<PaidLeaveLedger.Week> week(List<EmploymentContractService.Named> own, LocalDate day) {
        return own.stream().map(EmploymentContractService.Named::contract).filter(c -> c.runsOn(day)).findFirst()
                .map(c -> new PaidLeaveLedger.Week(c.daysPerWeek(), hours(c)));
    }

    private static BigDecimal hours(EmploymentContract c) {
        return BigDecimal.valueOf(c.weeklyMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
