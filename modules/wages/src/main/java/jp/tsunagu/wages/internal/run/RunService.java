package jp.tsunagu.wages.internal.run;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.wages.events.WagesMonthClosed;
import jp.tsunagu.wages.internal.WagesLocks;
import jp.tsunagu.wages.internal.domain.PayCalculation;
import jp.tsunagu.wages.internal.domain.PayCalculation.Distributed;
import jp.tsunagu.wages.internal.domain.PayCalculation.NoWork;
import jp.tsunagu.wages.internal.domain.PayCalculation.Outcome;
import jp.tsunagu.wages.internal.domain.PayCalculation.Shortfall;
import jp.tsunagu.wages.internal.domain.PayCalculation.Work;
import jp.tsunagu.wages.internal.ledger.LedgerService;
import jp.tsunagu.wages.internal.payrules.PayRule;
import jp.tsunagu.wages.internal.payrules.PayRuleService;
import jp.tsunagu.wages.internal.reserves.ReserveService;
import jp.tsunagu.wages.internal.reserves.SetAside;
import jp.tsunagu.workspace.api.AttendanceQueries;
import jp.tsunagu.workspace.api.AttendanceQueries.MonthOfService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly run of 工賃 of an office. Its inputs: the closed month of service records (hours and days of B型 and
 * non-employed A型 users, through {@link AttendanceQueries}), the month's production pool (the ledger), the 工賃規程 in
 * force, pieces made (for a per-piece rule) and what the office takes from its 工賃 reserve; the calculation is
 * {@link PayCalculation}. The preview is that
 * calculation, not stored; the close stores the same calculation, once per office and month: concurrent or repeated
 * close requests wait for each other and get the one stored result. A pool too small cannot be closed (WG-3). Closing
 * locks the month's ledger and the run in the database and announces {@link WagesMonthClosed}. {@link BatchClose#closeAll} closes
 * the month of every due office of the tenant the same way, set-based ({@link RunBatch}).
 */
@Service
public class RunService {
    private static final Collator KANA = Collator.getInstance(Locale.JAPANESE);

    private final WagesRunRepository runs;
    private final WagesPaymentRepository payments;
    private final WagesAdjustmentRepository adjustments;
    private final MonthDueRepository due;
    private final ReserveService reserves;
    private final PayRuleService payRules;
    private final LedgerService ledger;
    private final AttendanceQueries attendance;
    private final PlanningQueries planning;
    private final Offices offices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final WagesLocks locks;
    private final Clock clock;

    RunService(WagesRunRepository runs, WagesPaymentRepository payments, WagesAdjustmentRepository adjustments, MonthDueRepository due, ReserveService reserves, PayRuleService payRules, LedgerService ledger,
               AttendanceQueries attendance, PlanningQueries planning, Offices offices, AuditTrail audit, ApplicationEventPublisher events,
               WagesLocks locks, Clock clock) {
        this.runs = runs;
        this.payments = payments;
        this.adjustments = adjustments;
        this.due = due;
        this.reserves = reserves;
        this.payRules = payRules;
        this.ledger = ledger;
        this.attendance = attendance;
        this.planning = planning;
        this.offices = offices;
        this.audit = audit;
        this.events = events;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * One user's line: who, the inputs (minutes, days, pieces, the rate applied) and the amounts: the base part, the share
     * of the rest, and what adjustments for closed months the run pays them ({@link AdjustmentService}).
     */
    public record Line(PersonId person, String name, String kana, ServiceType serviceType, long minutes, int days, int pieces, Yen rate,
                       Yen base, Yen share, Yen adjustment) {
        /** A line without adjustments. */
        public Line(PersonId person, String name, String kana, ServiceType serviceType, long minutes, int days, int pieces, Yen rate,
                    Yen base, Yen share) {
            this(person, name, kana, serviceType, minutes, days, pieces, rate, base, share, Yen.ZERO);
        }

        public Yen total() {
            return base.plus(share).plus(adjustment);
        }
    }

    /**
     * A month's calculation: the rule version, the ledger's revenue and expenses, the reserve used, what the year's last
     * month sets aside for the reserves, the adjustments for closed months it pays first, and the outcome of sharing what is left, with its lines (Distributed), or the shortfall
     * and the rate that would fit (Shortfall, WG-3), or nobody to share with (NoWork). {@code closed} tells a stored run
     * from a preview; {@code trail} is what the calculation records for an auditor (the rule version, the pool, the
     * reserves, the adjustments, the split).
     */
    public record Calculation(OfficeId office, YearMonth month, PayRule rule, Yen revenue, Yen expenses, Yen reserveUsed,
                              SetAside setAside, List<AdjustmentService.Adjustment> adjustments, Outcome<PersonId> outcome, List<Line> lines,
                              Closed closed, String trail) {
        public Yen pool() {
            return revenue.minus(expenses);
        }

        /** The adjustments for closed months the run pays before sharing the rest. */
        public Yen adjustmentsTotal() {
            return RunService.total(adjustments);
        }

        /** What the run pays in all (shares and adjustments); zero unless distributed. */
        public Yen totalPaid() {
            return outcome instanceof Distributed<PersonId> d ? d.total().plus(adjustmentsTotal()) : Yen.ZERO;
        }

        /** What is shared under the rules: the pool and the reserve used, less the adjustments and the set-aside. */
        public Yen available() {
            return pool().plus(reserveUsed).minus(adjustmentsTotal()).minus(setAside.total());
        }
    }

    static Yen total(List<AdjustmentService.Adjustment> adjustments) {
        return adjustments.stream().map(AdjustmentService.Adjustment::amount).reduce(Yen.ZERO, Yen::plus);
    }

    /** When and by whom a run was closed. */
    public record Closed(java.time.Instant at, String by) {
    }

    /**
     * The order in which a month's users enter the calculation, the same in every path: by person id, its 128 bits
     * unsigned (the order of its text, and the order in which PostgreSQL sorts uuids). The yen the largest remainder
     * method has left go, among equal fractions and weights, to the user listed first ({@link PayCalculation}), so who
     * gets them depends on nothing a person can edit (a kana corrected between preview and close does not move a yen) and
     * a path that reads no names gives the same.
     */
    static final Comparator<PersonId> CALCULATION_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.value().getMostSignificantBits(), b.value().getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.value().getLeastSignificantBits(), b.value().getLeastSignificantBits());
    };

    /** Lines as a person reads them: by kana, then by id. */
    private static final Comparator<Line> BY_KANA = Comparator.comparing(Line::kana, KANA).thenComparing(l -> l.person().value());

    /**
     * A user's month of B型 and non-employed A型 service at the office: the service type of the first record of the
     * month, days present and minutes of service (of present days).
     */
    record Worked(ServiceType serviceType, int days, int minutes) {
        /** Both months of a user with records of both types: the first one's type, the days and minutes added. */
        Worked plus(Worked later) {
            return new Worked(serviceType, days + later.days, minutes + later.minutes);
        }
    }

    /** The 工賃規程 version a calculation uses, as the calculation and its trail need it. */
    record RuleInForce(java.util.UUID id, YearMonth from, PayCalculation.Terms terms, Map<PersonId, Yen> personRates) {
        static RuleInForce of(PayRule rule) {
            return new RuleInForce(rule.id(), rule.effectiveMonth(), rule.terms(), rule.personRates());
        }
    }

    /** The month's outcome: {@code available} paid out under {@code rule} to the users who worked, in {@link #CALCULATION_ORDER}. */
    static Outcome<PersonId> outcome(RuleInForce rule, Yen available, Map<PersonId, Worked> worked, Map<PersonId, Integer> pieces) {
        List<Work<PersonId>> work = worked.keySet().stream().sorted(CALCULATION_ORDER)
                .map(p -> new Work<>(p, worked.get(p).minutes(), worked.get(p).days(), pieces.getOrDefault(p, 0))).toList();
        return PayCalculation.calculate(rule.terms(), rule.personRates(), available, work);
    }

    /** The trail a run stores: the rule version, the pool, the reserve, the users and the split (see {@link Calculation#trail}). */
    static String trail(RuleInForce rule, YearMonth month, Yen revenue, Yen expenses, Yen reserveUsed, SetAside setAside,
                        ReserveService.Limits limits, List<AdjustmentService.Adjustment> adjustments, int users, Outcome<PersonId> outcome) {
        PayCalculation.Terms t = rule.terms();
        StringBuilder s = new StringBuilder()
                .append("payRule=").append(rule.id()).append(" from ").append(rule.from()).append(' ').append(t.basis())
                .append(" ratePerHour=").append(t.ratePerHour()).append(" ratePerDay=").append(t.ratePerDay())
                .append(" ratePerPiece=").append(t.ratePerPiece()).append(" fixedMonthly=").append(t.fixedMonthly())
                .append(" restBy=").append(t.restBy()).append(" rounding=").append(t.rounding())
                .append(" personRates=").append(rule.personRates().size()).append('\n')
                .append("ledger=").append(month).append(" revenue=").append(revenue.value()).append(" expenses=")
                .append(expenses.value()).append(" pool=").append(revenue.minus(expenses).value()).append('\n')
                .append("reserveUsed=").append(reserveUsed.value()).append('\n');
        if (!setAside.isNone()) {
            s.append("setAside kouchin=").append(setAside.kouchin().value()).append(" equipment=").append(setAside.equipment().value())
                    .append(" resolution=").append(setAside.resolution()).append('\n');
            if (limits != null) {
                s.append(limits.trail()).append('\n');
            }
        }
        if (!adjustments.isEmpty()) {
            s.append("adjustments=").append(total(adjustments).value()).append(" count=").append(adjustments.size());
            adjustments.forEach(a -> s.append(' ').append(a.id()).append(':').append(a.correctsMonth()).append(':').append(a.amount().value()));
            s.append('\n');
        }
        s.append("attendance=").append(month).append(" closed users=").append(users).append('\n');
        if (outcome instanceof Distributed<PersonId> d) {
            s.append("baseTotal=").append(d.baseTotal().value()).append(" rest=").append(d.rest().value())
                    .append(" restPerHour=").append(d.restPerHour()).append(" totalPaid=").append(d.total().plus(total(adjustments)).value());
        }
        return s.toString();
    }

    /** What the close audits of a run: its month, the total paid and the number of users (no user's amount). */
    static AuditEvent closedRecord(OfficeId office, YearMonth month, java.util.UUID run, Yen totalPaid, int users) {
        return AuditEvent.of(AuditEvent.Action.CREATE, "wages_run", run.toString()).inOffice(office)
                .withDetails("month=" + month + " totalPaid=" + totalPaid.value() + " users=" + users);
    }

    /**
     * The month's calculation as a close would store it (nothing stored), or the stored run once the month is closed. It
     * shows every user's 工賃: the read is audited.
     */
    @Transactional // writes its audit record, nothing else
    public Calculation preview(OfficeId office, YearMonth month, Map<PersonId, Integer> pieces) {
        return preview(office, month, pieces, Yen.ZERO);
    }

    /** The same with {@code reserveUsed} taken from the 工賃 reserve (a short month, WG-3's choice). */
    @Transactional // writes its audit record, nothing else
    public Calculation preview(OfficeId office, YearMonth month, Map<PersonId, Integer> pieces, Yen reserveUsed) {
        return preview(office, month, pieces, reserveUsed, SetAside.NONE);
    }

    /** The same with what the year's last month sets aside for the reserves (checked against their limits). */
    @Transactional // writes its audit record, nothing else
    public Calculation preview(OfficeId office, YearMonth month, Map<PersonId, Integer> pieces, Yen reserveUsed, SetAside setAside) {
        offices.require(office);
        Calculation c = calculation(office, month, pieces, reserveUsed, setAside);
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "wages_run", office.value() + ":" + month).inOffice(office)
                .withDetails((c.closed() == null ? "preview" : "closed run") + " users=" + c.lines().size());
        // about each user whose 工賃 it shows, so that a user's access history lists it
        audit.recordAll(c.lines().isEmpty() ? List.of(read) : c.lines().stream().map(l -> read.about(l.person().value())).toList());
        return c;
    }

    /**
     * Closes the month: stores the calculation, locks the month's ledger and announces it. Idempotent: once closed, a
     * repeated request (a retry after a dropped connection, a second click, a concurrent request) gets the stored run.
     */
    @Transactional
    public Calculation close(OfficeId office, YearMonth month, Map<PersonId, Integer> pieces, Yen reserveUsed, String by) {
        return close(office, month, pieces, reserveUsed, SetAside.NONE, by);
    }

    /** The same, setting aside {@code setAside} for the reserves in the year's last month. */
    @Transactional
    public Calculation close(OfficeId office, YearMonth month, Map<PersonId, Integer> pieces, Yen reserveUsed, SetAside setAside, String by) {
        offices.require(office);
        // one close per office and month at a time (the second waits here, then finds the first one's run), no ledger
        // change of the month meanwhile, and no new version of the pay rules while a close reads them
        locks.month(office, month);
        locks.payRules(office, false);
        Optional<WagesRun> stored = runs.ofMonth(office.value(), month.atDay(1));
        if (stored.isPresent()) {
            return stored(stored.get());
        }
        Calculation c = calculate(office, month, pieces, reserveUsed, setAside);
        switch (c.outcome()) {
            case Shortfall<PersonId> s -> throw s.fittingRate() == null
                    ? new Problem.Conflict("wages.run.shortfallNoRate", s.shortfall().value(), s.baseTotal().value(), s.available().value())
                    : new Problem.Conflict("wages.run.shortfall", s.shortfall().value(), s.baseTotal().value(), s.available().value(),
                    s.fittingRate().value());
            case NoWork<PersonId> n -> throw new Problem.Conflict("wages.run.noWork", n.available().value());
            case Distributed<PersonId> d -> {
                java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as stored, so every answer agrees
                WagesRun run = runs.save(new WagesRun(office.value(), month, c.rule().id(), c.revenue(), c.expenses(), c.reserveUsed(),
                        c.setAside().total(), d.baseTotal(), d.rest(), c.adjustmentsTotal(), c.trail(), by, now));
                payments.saveAll(c.lines().stream().map(line -> new WagesPayment(run, line, by, now)).toList());
                reserves.use(office, month, c.reserveUsed(), by);
                reserves.setAside(office, month, c.setAside(), by);
                audit.record(closedRecord(office, month, run.id(), run.totalPaid(), c.lines().size()));
                events.publishEvent(new WagesMonthClosed(TenantContext.require(), office, month, run.totalPaid()));
                return new Calculation(office, month, c.rule(), c.revenue(), c.expenses(), c.reserveUsed(), c.setAside(), c.adjustments(), d,
                        c.lines(), new Closed(now, by), c.trail());
            }
        }
    }

    /** The months whose records the office closed and whose run is not closed yet, oldest first (see {@link MonthDueListener}). */
    @Transactional(readOnly = true)
    List<MonthDue> dueMonths(OfficeId office) {
        return due.open(office.value());
    }

    /** The office's closed runs, newest first: month, total paid, when and by whom (no user's amount). */
    @Transactional(readOnly = true)
    public List<RunSummary> closedRuns(OfficeId office) {
        offices.require(office);
        return runs.ofOffice(office.value()).stream()
                .map(r -> new RunSummary(r.month(), r.totalPaid(), r.revenue().minus(r.expenses()), r.reserveUsed(), r.setAside(),
                        new Closed(r.closedAt(), r.closedBy())))
                .toList();
    }

    /**
     * The month's stored run, if it is closed, with each user's line (name, kana and 工賃 as paid); empty while the month is
     * open. Not audited: the caller records what it shows or exports of it.
     */
    @Transactional(readOnly = true)
    public Optional<Calculation> closedRun(OfficeId office, YearMonth month) {
        offices.require(office);
        return runs.ofMonth(office.value(), month.atDay(1)).map(this::stored);
    }

    /** A closed run in a list: its month, the total paid, the pool, the 工賃 reserve it used, what it set aside, when and by whom. */
    public record RunSummary(YearMonth month, Yen totalPaid, Yen pool, Yen reserveUsed, Yen setAside, Closed closed) {
    }

    /** One closed month of a user: the month and the user's line of its run. */
    public record PaidMonth(YearMonth month, Line line) {
    }

    /**
     * The user's closed months of {@code year} at the office (the 工賃台帳), oldest first; empty when no closed run paid
     * them. Every line carries the name and kana the office served them under in the last of those months. Not audited:
     * the caller records what it shows or exports of it.
     */
    @Transactional(readOnly = true)
    public List<PaidMonth> paidMonths(OfficeId office, PersonId person, FiscalYear year) {
        offices.require(office);
        List<WagesPayment> paid = payments.ofPersonBetween(office.value(), person.value(), year.start(), year.lastMonth().atDay(1));
        if (paid.isEmpty()) {
            return List.of();
        }
        PlanningQueries.ServedPerson who = names(office, paid.getLast().month(), List.of(person)).get(person);
        return paid.stream().map(p -> new PaidMonth(p.month(), new Line(person, who.name(), who.kana(), p.serviceType(), p.minutes(),
                p.days(), p.pieces(), p.rate(), p.base(), p.share(), p.adjustment()))).toList();
    }

    /**
     * The users the office's closed runs paid in the twelve months before {@code month}, by kana: whom an adjustment paid
     * in {@code month} may name, with their names as last paid.
     */
    @Transactional(readOnly = true)
    public List<PlanningQueries.ServedPerson> payees(OfficeId office, YearMonth month) {
        offices.require(office);
        Map<PersonId, PlanningQueries.ServedPerson> who = new LinkedHashMap<>();
        for (Object[] row : payments.payeesBetween(office.value(), month.minusMonths(12).atDay(1), month.minusMonths(1).atDay(1))) {
            PersonId person = new PersonId((java.util.UUID) row[0]);
            who.put(person, names(office, YearMonth.from((LocalDate) row[1]), List.of(person)).get(person));
        }
        return who.values().stream().sorted(Comparator.comparing(PlanningQueries.ServedPerson::kana, KANA)).toList();
    }

    /** The month's calculation without an audit record, for the platform's own work (no person reads it). */
    Calculation calculation(OfficeId office, YearMonth month, Map<PersonId, Integer> pieces, Yen reserveUsed, SetAside setAside) {
        Optional<WagesRun> stored = runs.ofMonth(office.value(), month.atDay(1));
        return stored.isPresent() ? stored(stored.get()) : calculate(office, month, pieces, reserveUsed, setAside);
    }

    private Calculation calculate(OfficeId office, YearMonth month, Map<PersonId, Integer> pieces, Yen reserveUsed, SetAside setAside) {
        if (!attendance.closed(office, month)) {
            throw new Problem.Invalid("month", "wages.run.attendanceOpen", month);
        }
        PayRule rule = payRules.inForce(office, month)
                .orElseThrow(() -> new Problem.Invalid("month", "wages.run.noPayRule", month));
        LedgerService.Totals totals = ledger.summary(office, month).total();

        Map<PersonId, Worked> worked = new LinkedHashMap<>();
        for (MonthOfService m : attendance.month(office, month)) {
            if (PayRuleService.WAGES_TYPES.contains(m.serviceType())) {
                worked.merge(m.personId(), new Worked(m.serviceType(), m.days(), m.minutes()), Worked::plus);
            }
        }
        pieces.forEach((person, count) -> {
            if (!worked.containsKey(person)) {
                throw new Problem.Invalid("pieces", "wages.run.notAWagesUser", person.value(), month);
            }
            if (count == null || count < 0) {
                throw new Problem.Invalid("pieces", "wages.run.piecesNegative", person.value());
            }
        });
        reserves.requireAvailable(office, reserveUsed);
        List<AdjustmentService.Adjustment> owed = adjustments(office, month);
        // adjustments for closed months come out of the pool first; the rest is shared under the rules
        Outcome<PersonId> outcome = outcome(RuleInForce.of(rule), totals.pool().plus(reserveUsed).minus(total(owed)).minus(setAside.total()),
                worked, pieces);
        ReserveService.Limits limits = reserves.requireSetAsideAllowed(office, month, setAside, reserveUsed, setAside.isNone() ? null
                : yearFigures(office, month, outcome instanceof Distributed<PersonId> d ? d.total().plus(total(owed)) : Yen.ZERO));
        List<Line> lines = new ArrayList<>();
        if (outcome instanceof Distributed<PersonId> d) {
            Map<PersonId, Yen> owedTo = new LinkedHashMap<>();
            owed.forEach(a -> owedTo.merge(a.person(), a.amount(), Yen::plus));
            Map<PersonId, PlanningQueries.ServedPerson> names = names(office, month, worked.keySet());
            for (PayCalculation.Payment<PersonId> p : d.payments()) {
                PlanningQueries.ServedPerson who = names.get(p.user());
                lines.add(new Line(p.user(), who.name(), who.kana(), worked.get(p.user()).serviceType(), p.minutes(), p.days(), p.pieces(),
                        p.rate(), p.base(), p.share(), owedTo.getOrDefault(p.user(), Yen.ZERO)));
            }
            for (AdjustmentService.Adjustment a : owed) { // owed for a closed month, no work in this one (a line of its own)
                if (!worked.containsKey(a.person()) && lines.stream().noneMatch(l -> l.person().equals(a.person()))) {
                    PlanningQueries.ServedPerson who = names(office, a.correctsMonth(), List.of(a.person())).get(a.person());
                    lines.add(new Line(a.person(), who.name(), who.kana(), a.serviceType(), 0, 0, 0, Yen.ZERO, Yen.ZERO, Yen.ZERO,
                            owedTo.get(a.person())));
                }
            }
            lines.sort(BY_KANA);
        }
        return new Calculation(office, month, rule, totals.revenue(), totals.expenses(), reserveUsed, setAside, owed, outcome, lines, null,
                trail(RuleInForce.of(rule), month, totals.revenue(), totals.expenses(), reserveUsed, setAside, limits, owed, lines.size(), outcome));
    }

    /**
     * The figures a set-aside in {@code month} is checked against: the 工賃 paid in its fiscal year (the year's closed runs
     * and {@code paidNow}, what this run pays), in each earlier fiscal year with closed runs (newest first), and the year's
     * production revenue so far (its last month included).
     */
    private ReserveService.YearFigures yearFigures(OfficeId office, YearMonth month, Yen paidNow) {
        FiscalYear year = FiscalYear.of(month);
        Map<FiscalYear, Yen> paid = new java.util.TreeMap<>(Comparator.comparing(FiscalYear::startYear).reversed());
        for (WagesRun r : runs.ofOffice(office.value())) {
            paid.merge(FiscalYear.of(r.month()), r.totalPaid(), Yen::plus);
        }
        Yen thisYear = paid.getOrDefault(year, Yen.ZERO).plus(paidNow);
        List<Yen> earlier = paid.entrySet().stream().filter(e -> e.getKey().startYear() < year.startYear()).map(Map.Entry::getValue).toList();
        Yen revenue = Yen.ZERO;
        for (YearMonth m = year.firstMonth(); !m.isAfter(month); m = m.plusMonths(1)) {
            revenue = revenue.plus(ledger.summary(office, m).total().revenue());
        }
        return new ReserveService.YearFigures(year, thisYear, earlier, revenue);
    }

    /** The users' names and kana as the office served them in the month (at its end, at its start, else on a day between). */
    private Map<PersonId, PlanningQueries.ServedPerson> names(OfficeId office, YearMonth month, java.util.Collection<PersonId> persons) {
        Map<PersonId, PlanningQueries.ServedPerson> names = new LinkedHashMap<>();
        for (LocalDate day : List.of(month.atEndOfMonth(), month.atDay(1))) {
            planning.servedOn(office, day).forEach(p -> names.putIfAbsent(p.personId(), p));
        }
        for (PersonId person : persons) {
            for (LocalDate d = month.atDay(2); !names.containsKey(person) && d.isBefore(month.atEndOfMonth()); d = d.plusDays(1)) {
                planning.served(office, person, d).ifPresent(p -> names.put(person, p));
            }
            names.putIfAbsent(person, new PlanningQueries.ServedPerson(person, "?", "?", null, java.util.Set.of()));
        }
        return names;
    }

    private Calculation stored(WagesRun run) {
        OfficeId office = new OfficeId(run.officeId());
        PayRule rule = payRules.version(office, run.payRuleId());
        List<WagesPayment> paid = payments.ofRun(run.id());
        Map<PersonId, PlanningQueries.ServedPerson> names = names(office, run.month(), paid.stream().map(WagesPayment::personId).toList());
        List<Line> lines = paid.stream().map(p -> new Line(p.personId(), names.get(p.personId()).name(), names.get(p.personId()).kana(),
                p.serviceType(), p.minutes(), p.days(), p.pieces(), p.rate(), p.base(), p.share(), p.adjustment())).sorted(BY_KANA).toList();
        List<AdjustmentService.Adjustment> owed = adjustments(office, run.month());
        Distributed<PersonId> outcome = new Distributed<>(run.revenue().minus(run.expenses()).plus(run.reserveUsed()).minus(total(owed))
                .minus(run.setAside()), run.baseTotal(),
                run.rest(), lines.stream().map(l -> new PayCalculation.Payment<>(l.person(), l.minutes(), l.days(), l.pieces(), l.rate(),
                        l.base(), l.share())).toList());
        SetAside setAside = run.setAside().isZero() ? SetAside.NONE : reserves.setAsides(office, run.month());
        return new Calculation(office, run.month(), rule, run.revenue(), run.expenses(), run.reserveUsed(), setAside, owed, outcome, lines,
                new Closed(run.closedAt(), run.closedBy()), run.trail());
    }

    private List<AdjustmentService.Adjustment> adjustments(OfficeId office, YearMonth month) {
        return adjustments.ofMonth(office.value(), month.atDay(1)).stream().map(AdjustmentService.Adjustment::of).toList();
    }
}
