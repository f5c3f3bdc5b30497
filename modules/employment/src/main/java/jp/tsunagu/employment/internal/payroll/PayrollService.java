package jp.tsunagu.employment.internal.payroll;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.employment.events.PayrollMonthClosed;
import jp.tsunagu.employment.internal.contracts.EmploymentContract;
import jp.tsunagu.employment.internal.contracts.EmploymentContractService;
import jp.tsunagu.employment.internal.payroll.PayrollProfile.ProfileTerms;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.WorkingTimePremiums;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.workspace.api.AttendanceQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly payroll of an office's employed A型 users. Its inputs: the closed month of the workspace's records
 * (each user's days as clocked, to the minute, under A型), the contracts running in the month (their wage checked
 * against the minimum on every day: a month below is refused naming the day and the rate), each user's payroll
 * profile, and the rule tables; the calculation is {@link TimeSheet} then {@link PayrollCalculation}. The preview is
 * that calculation, not stored; the close stores the same, once per office and month (concurrent or repeated closes
 * wait for each other and get the one stored result), locks it in the database and announces
 * {@link PayrollMonthClosed}. The wage period closes at the month's end; the statutory holiday is Sunday.
 *
 * <p>A stored payslip keeps its lines with their trails and the month's minutes by how they were paid ({@link Minutes});
 * the documents read closed months back ({@link #closed}, {@link #closedMonths}: the 給与明細書, 給与一覧 and 賃金台帳),
 * never a preview, and record their own exports.
 */
@Service
public class PayrollService {
    /** The statutory holiday (法定休日) of the work rules; Sunday unless an office's rules name another (not kept yet). */
    static final DayOfWeek STATUTORY_HOLIDAY = DayOfWeek.SUNDAY;

    private final PayrollRunRepository runs;
    private final PayrollPayslipRepository payslips;
    private final PayrollProfileRepository profiles;
    private final RemunerationService remunerations;
    private final PayrollAdjustmentRepository adjustments;
    private final EmploymentContractService contracts;
    private final AttendanceQueries attendance;
    private final Rules rules;
    private final Offices offices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    PayrollService(PayrollRunRepository runs, PayrollPayslipRepository payslips, PayrollProfileRepository profiles,
                   RemunerationService remunerations, PayrollAdjustmentRepository adjustments,
                   EmploymentContractService contracts, AttendanceQueries attendance, Rules rules, Offices offices, AuditTrail audit,
                   ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
        this.runs = runs;
        this.payslips = payslips;
        this.profiles = profiles;
        this.remunerations = remunerations;
        this.adjustments = adjustments;
        this.contracts = contracts;
        this.attendance = attendance;
        this.rules = rules;
        this.offices = offices;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * One user's month: the contract, name and kana, minutes and days worked, the time counted day by day (null once
     * stored: the payslip's lines keep its figures), the payslip, and the minutes by how they were paid (stored too).
     */
    public record Slip(EmploymentContract contract, String name, String kana, long workedMinutes, int daysWorked, TimeSheet.Month time,
                       PayrollCalculation.Payslip payslip, Minutes minutes) {
    }

    /**
     * A month's working time by how it was paid, in minutes: {@code worked} = {@code regular} (at the wage) +
     * {@code overtime} (up to the monthly limit) + {@code overtimeBeyondLimit} + {@code holiday} (on the statutory
     * holiday); {@code night} is counted apart (its premium is paid on top).
     */
    public record Minutes(long worked, long regular, long overtime, long overtimeBeyondLimit, long holiday, long night) {
        public static final Minutes NONE = new Minutes(0, 0, 0, 0, 0, 0);

        public Minutes {
            if (regular < 0 || overtime < 0 || overtimeBeyondLimit < 0 || holiday < 0 || night < 0
                    || regular + overtime + overtimeBeyondLimit + holiday != worked) {
                throw new IllegalArgumentException("minutes do not add up: " + regular + " + " + overtime + " + " + overtimeBeyondLimit + " + "
                        + holiday + " ≠ " + worked + " (night " + night + ")");
            }
        }

        /** The month as counted. */
        public static Minutes of(TimeSheet.Month t) {
            return new Minutes(t.worked(), t.regular(), t.overtime(), t.overtimeBeyondLimit(), t.holiday(), t.night());
        }

        /** 時間外労働: the overtime within and beyond the monthly limit. */
        public long overtimeTotal() {
            return overtime + overtimeBeyondLimit;
        }

        public Minutes plus(Minutes other) {
            return new Minutes(worked + other.worked, regular + other.regular, overtime + other.overtime,
                    overtimeBeyondLimit + other.overtimeBeyondLimit, holiday + other.holiday, night + other.night);
        }
    }

    /** The month's payroll: each user's slip by kana; {@code closedAt} null for a preview. */
    public record Payroll(OfficeId office, YearMonth month, LocalDate periodClosing, LocalDate payDate, List<Slip> slips, Instant closedAt,
                          String closedBy) {
        public Yen gross() {
            return slips.stream().map(s -> s.payslip().gross()).reduce(Yen.ZERO, Yen::plus);
        }

        public Yen net() {
            return slips.stream().map(s -> s.payslip().net()).reduce(Yen.ZERO, Yen::plus);
        }
    }

    /** The month's payroll as a close would store it (nothing stored), or the stored one once closed; audited as a read. */
    @Transactional
    public Payroll preview(OfficeId office, YearMonth month, LocalDate payDate) {
        Payroll p = runs.ofMonth(office(office).id().value(), month.atDay(1)).map(this::stored)
                .orElseGet(() -> calculate(office, month, payDate));
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "payroll_run", office.value() + ":" + month).inOffice(office)
                .withDetails((p.closedAt() == null ? "preview" : "closed") + " users=" + p.slips().size());
        audit.recordAll(p.slips().isEmpty() ? List.of(read) : p.slips().stream().map(s -> read.about(s.contract().personId().value())).toList());
        return p;
    }

    /**
     * Closes the month: stores every payslip, audits it and announces it. Idempotent: once closed, a repeated request
     * (a retry, a second click, a concurrent request) gets the stored payroll.
     */
    @Transactional
    public Payroll close(OfficeId office, YearMonth month, LocalDate payDate, String by) {
        office(office);
        lockMonth(office, month);
        Optional<PayrollRun> stored = runs.ofMonth(office.value(), month.atDay(1));
        if (stored.isPresent()) {
            return stored(stored.get());
        }
        Payroll p = calculate(office, month, payDate);
        if (p.slips().isEmpty()) {
            throw new Problem.Invalid("month", "employment.payroll.nobody", month);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        PayrollRun run = runs.save(new PayrollRun(office, month, p.periodClosing(), p.payDate(), p.gross(), p.net(), by, now));
        payslips.saveAll(p.slips().stream().map(s -> new PayrollPayslip(run, s, by, now)).toList());
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "payroll_run", run.id().toString()).inOffice(office)
                .withDetails("month=" + month + " payDate=" + p.payDate() + " gross=" + p.gross().value() + " users=" + p.slips().size()));
        events.publishEvent(new PayrollMonthClosed(TenantContext.require(), office, month, p.gross()));
        return new Payroll(office, month, p.periodClosing(), p.payDate(), p.slips(), now, by);
    }

    /** A fiscal year of closed payrolls: the months closed, the gross wages, and the employed users' minutes and user-days. */
    public record YearTotals(jp.tsunagu.kernel.FiscalYear year, int monthsClosed, Yen gross, long minutes, long userDays) {
    }

    /** The office's closed payrolls of {@code year}, added up (aggregates only, not audited). */
    @Transactional(readOnly = true)
    public YearTotals closedYear(OfficeId office, jp.tsunagu.kernel.FiscalYear year) {
        office(office);
        List<PayrollRun> closed = runs.between(office.value(), year.firstMonth().atDay(1), year.lastMonth().atDay(1));
        Yen gross = Yen.ZERO;
        long minutes = 0;
        long days = 0;
        for (PayrollRun run : closed) {
            gross = gross.plus(run.totalGross());
            for (PayrollPayslip p : runs.payslips(run.id())) {
                minutes += p.workedMinutes();
                days += p.daysWorked();
            }
        }
        return new YearTotals(year, closed.size(), gross, minutes, days);
    }

    /** The workers under contract in {@code month}, by kana, for a form that names one; the read is audited about each. */
    @Transactional
    public List<EmploymentContractService.Named> workersOf(OfficeId office, YearMonth month) {
        office(office);
        Map<PersonId, EmploymentContractService.Named> once = new LinkedHashMap<>();
        contracts.runningIn(office, month).forEach(n -> once.putIfAbsent(n.contract().personId(), n));
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "employment_contract", office.value() + ":" + month).inOffice(office)
                .withDetails("workers=" + once.size());
        audit.recordAll(once.isEmpty() ? List.of(read) : once.keySet().stream().map(p -> read.about(p.value())).toList());
        return List.copyOf(once.values());
    }

    /** The gross wages of each closed month of {@code year}, by month (aggregates only, not audited). */
    @Transactional(readOnly = true)
    public Map<YearMonth, Yen> closedGrossByMonth(OfficeId office, jp.tsunagu.kernel.FiscalYear year) {
        office(office);
        Map<YearMonth, Yen> gross = new LinkedHashMap<>();
        runs.between(office.value(), year.firstMonth().atDay(1), year.lastMonth().atDay(1)).forEach(r -> gross.put(r.month(), r.totalGross()));
        return gross;
    }

    /**
     * Records wages {@code person} was still owed for the closed month {@code correctsMonth}, paid with the payroll of the
     * open month {@code payMonth} (an addition only: taking an overpayment back out of wages needs the workers'
     * agreement and is not done here). The person must have a contract running in the pay month. Audited about the user.
     */
    @Transactional
    public void adjust(OfficeId office, YearMonth payMonth, PersonId person, YearMonth correctsMonth, Long amount, String reason, String by) {
        office(office);
        lockMonth(office, payMonth); // not while the month closes
        if (runs.ofMonth(office.value(), payMonth.atDay(1)).isPresent()) {
            throw new Problem.Invalid("month", "employment.adjustment.monthClosed", payMonth);
        }
        if (correctsMonth == null || !correctsMonth.isBefore(payMonth) || runs.ofMonth(office.value(), correctsMonth.atDay(1)).isEmpty()) {
            throw new Problem.Invalid("correctsMonth", "employment.adjustment.correctsOpenMonth", correctsMonth == null ? "-" : correctsMonth, payMonth);
        }
        if (amount == null || amount <= 0) {
            throw new Problem.Invalid("amount", "employment.adjustment.notPositive", amount == null ? "-" : amount);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new Problem.Invalid("reason", "employment.adjustment.reason");
        }
        if (contracts.runningIn(office, payMonth).stream().noneMatch(n -> n.contract().personId().equals(person))) {
            throw new Problem.Invalid("personId", "employment.payroll.noContract", person.value());
        }
        PayrollAdjustment a = adjustments.save(new PayrollAdjustment(office, person, payMonth, correctsMonth, Yen.of(amount), reason, by,
                clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "payroll_adjustment", a.id().toString()).inOffice(office).about(person.value())
                .withDetails("payMonth=" + payMonth + " correctsMonth=" + correctsMonth + " amount=" + amount + " reason=" + a.reason()));
    }

    /** The user's payroll profile, or the defaults (not insured, no dependents) when none is recorded. */
    @Transactional(readOnly = true)
    public ProfileTerms profile(OfficeId office, PersonId person) {
        office(office);
        return profiles.of(office.value(), person.value()).map(PayrollProfile::terms).orElse(ProfileTerms.NONE);
    }

    /** Records the user's payroll profile (audited about the user). */
    @Transactional
    public ProfileTerms saveProfile(OfficeId office, PersonId person, ProfileTerms terms, String by) {
        office(office);
        if (contracts.runningIn(office, YearMonth.now(clock)).stream().noneMatch(n -> n.contract().personId().equals(person))
                && profiles.of(office.value(), person.value()).isEmpty()
                && contracts.runningIn(office, YearMonth.now(clock).plusMonths(1)).stream().noneMatch(n -> n.contract().personId().equals(person))) {
            throw new Problem.Invalid("personId", "employment.payroll.noContract", person.value());
        }
        PayrollProfile p = profiles.of(office.value(), person.value()).orElseGet(() -> new PayrollProfile(office, person, by, clock.instant()));
        p.set(terms);
        profiles.save(p);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "payroll_profile", p.id().toString()).inOffice(office).about(person.value())
                .withDetails("dependents=" + terms.dependents() + " disability=" + terms.disability() + " employmentInsuranceFrom="
                        + terms.employmentInsuranceFrom() + " socialInsuranceFrom=" + terms.socialInsuranceFrom()));
        return p.terms();
    }

    /**
     * The month's payroll as its close stored it, or empty while the month is open (never a preview: documents are
     * made of closed months only). Not audited here: the caller records what it does with it (an export).
     */
    @Transactional(readOnly = true)
    public Optional<Payroll> closed(OfficeId office, YearMonth month) {
        office(office);
        return runs.ofMonth(office.value(), month.atDay(1)).map(this::stored);
    }

    /** The offices of the tenant (as row-level security shows it) whose payroll of {@code month} is closed. */
    @Transactional(readOnly = true)
    public java.util.Set<OfficeId> officesClosed(YearMonth month) {
        return runs.officesClosed(month.atDay(1)).stream().map(OfficeId::new).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * A closed month of the office with the dates of its payroll and one user's slip in it, or null when the month's
     * payroll did not pay them.
     */
    public record ClosedMonth(YearMonth month, LocalDate periodClosing, LocalDate payDate, Slip slip) {
        public boolean paid() {
            return slip != null;
        }
    }

    /**
     * A user's calendar year at the office, for the wage ledger: every month of the year whose payroll is closed, by
     * month, with the user's stored slip where it paid them. Not audited here: the caller records the export.
     */
    @Transactional(readOnly = true)
    public List<ClosedMonth> closedMonths(OfficeId office, PersonId person, java.time.Year year) {
        office(office);
        LocalDate from = year.atMonth(1).atDay(1);
        LocalDate to = year.atMonth(12).atDay(1);
        Map<java.util.UUID, PayrollPayslip> byRun = new LinkedHashMap<>();
        payslips.ofPerson(office.value(), person.value(), from, to).forEach(p -> byRun.put(p.runId(), p));
        List<ClosedMonth> months = new ArrayList<>();
        for (PayrollRun run : runs.between(office.value(), from, to)) {
            PayrollPayslip p = byRun.get(run.id());
            Slip slip = p == null ? null : slip(p, named(office, run.month()));
            months.add(new ClosedMonth(run.month(), run.periodClosing(), run.payDate(), slip));
        }
        return months;
    }

    private Payroll calculate(OfficeId office, YearMonth month, LocalDate payDate) {
        LocalDate closing = month.atEndOfMonth();
        LocalDate pay = payDate == null ? month.plusMonths(1).atDay(25) : payDate;
        if (pay.isBefore(closing)) {
            throw new Problem.Invalid("payDate", "employment.payroll.payDateBeforeClosing", pay, closing);
        }
        if (!attendance.closed(office, month)) {
            throw new Problem.Invalid("month", "employment.payroll.recordsOpen", month);
        }
        OfficeSummary summary = office(office);
        TimeSheet.Limits limits = TimeSheet.Limits.of(new WorkingTimePremiums(rules.on(closing)), STATUTORY_HOLIDAY);
        // a user's contracts in the month, in date order: more than one when the terms changed within it
        Map<PersonId, List<EmploymentContractService.Named>> byPerson = new LinkedHashMap<>();
        for (EmploymentContractService.Named n : contracts.runningIn(office, month)) {
            byPerson.computeIfAbsent(n.contract().personId(), p -> new ArrayList<>()).add(n);
        }
        // the office's month read once, not per worker: days as clocked, profiles, adjustments
        Map<PersonId, List<AttendanceQueries.DayPresent>> clocked = attendance.daysPresent(office, month);
        Map<PersonId, ProfileTerms> profileOf = new java.util.HashMap<>();
        profiles.ofOffice(office.value()).forEach(p -> profileOf.put(p.personId(), p.terms()));
        List<PayrollAdjustment> adjusted = adjustments.ofMonth(office.value(), month.atDay(1));
        List<Slip> slips = new ArrayList<>();
        for (List<EmploymentContractService.Named> own : byPerson.values()) {
            own.sort(java.util.Comparator.comparing(n -> n.contract().startDate()));
            EmploymentContractService.Named n = own.getLast(); // the terms in force at the month's end: schedule, allowance, payslip
            EmploymentContract c = n.contract();
            for (EmploymentContractService.Named each : own) {
                contracts.requireMinimumWage(each.contract(), month.atDay(1), closing, "month");
            }
            List<TimeSheet.Day> days = new ArrayList<>();
            for (AttendanceQueries.DayPresent d : clocked.getOrDefault(c.personId(), List.of())) {
                if (d.serviceType() == ServiceType.TYPE_A && own.stream().anyMatch(o -> o.contract().runsOn(d.date()))) {
                    if (d.checkOut() == null) {
                        throw new Problem.Invalid("month", "employment.payroll.openDay", d.date(), n.name());
                    }
                    days.add(new TimeSheet.Day(d.date(), d.checkIn(), d.checkOut(), d.breakMinutes()));
                }
            }
            TimeSheet.Month time = TimeSheet.count(new TimeSheet.Schedule(c.dailyStart(), c.dailyEnd(), c.breakMinutes()), days, limits);
            List<PayrollCalculation.Segment> segments = own.size() == 1 ? List.of(new PayrollCalculation.Segment(c.hourlyWage(), time))
                    : own.stream().map(o -> new PayrollCalculation.Segment(o.contract().hourlyWage(), TimeSheet.part(time, o.contract()::runsOn)))
                    .filter(s -> s.time().daysWorked() > 0).toList();
            ProfileTerms profile = profileOf.getOrDefault(c.personId(), ProfileTerms.NONE);
            YearMonth premiumMonth = PayrollCalculation.premiumMonth(pay);
            PayrollCalculation.SocialInsurance social = profile.socialInsured(premiumMonth)
                    ? new PayrollCalculation.SocialInsurance(remunerations.inForce(office, c, profile, premiumMonth), profile.age(premiumMonth),
                    profile.premiumShare())
                    : null;
            List<PayrollCalculation.Adjustment> owed = adjusted.stream()
                    .filter(a -> a.personId().equals(c.personId())).map(PayrollAdjustment::asCalculated).toList();
            PayrollCalculation.Payslip payslip = PayrollCalculation.calculate(new PayrollCalculation.Inputs(summary.prefecture(),
                    segments.isEmpty() ? List.of(new PayrollCalculation.Segment(c.hourlyWage(), time)) : segments, owed, c.commutingAllowance(), profile.employmentInsured(closing), social, profile.dependents(), profile.disability(),
                    profile.residentTaxMonthly(), closing, pay), rules);
            slips.add(new Slip(c, n.name(), n.kana(), time.worked(), time.daysWorked(), time, payslip, Minutes.of(time)));
        }
        return new Payroll(office, month, closing, pay, slips, null, null);
    }

    private Payroll stored(PayrollRun run) {
        OfficeId office = new OfficeId(run.officeId());
        Map<java.util.UUID, EmploymentContractService.Named> named = named(office, run.month());
        List<Slip> slips = new ArrayList<>();
        for (PayrollPayslip p : runs.payslips(run.id())) {
            slips.add(slip(p, named));
        }
        java.text.Collator kana = java.text.Collator.getInstance(java.util.Locale.JAPANESE);
        slips.sort(java.util.Comparator.comparing(Slip::kana, kana));
        return new Payroll(office, run.month(), run.periodClosing(), run.payDate(), slips, run.closedAt(), run.closedBy());
    }

    /** The contracts running in the month, with names, by id: whom a stored payslip of the month pays. */
    private Map<java.util.UUID, EmploymentContractService.Named> named(OfficeId office, YearMonth month) {
        Map<java.util.UUID, EmploymentContractService.Named> named = new LinkedHashMap<>();
        contracts.runningIn(office, month).forEach(n -> named.put(n.contract().id(), n));
        return named;
    }

    private static Slip slip(PayrollPayslip p, Map<java.util.UUID, EmploymentContractService.Named> named) {
        EmploymentContractService.Named n = named.get(p.contractId());
        return new Slip(n.contract(), n.name(), n.kana(), p.workedMinutes(), p.daysWorked(), null, p.payslip(), p.minutes());
    }

    /** One close of an office's month at a time, and no adjustment of it while it closes: held to the transaction's end. */
    private void lockMonth(OfficeId office, YearMonth month) {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .setParameter("key", "payroll_run:" + TenantContext.require().value() + ":" + office.value() + ":" + month).getSingleResult();
    }

    private OfficeSummary office(OfficeId office) {
        return offices.require(office);
    }
}
