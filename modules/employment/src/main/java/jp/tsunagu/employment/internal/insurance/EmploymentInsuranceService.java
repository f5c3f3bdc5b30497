package jp.tsunagu.employment.internal.insurance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.employment.internal.contracts.EmploymentContract;
import jp.tsunagu.employment.internal.contracts.EmploymentContractService;
import jp.tsunagu.employment.internal.minimumwage.MinimumWageGuard;
import jp.tsunagu.employment.internal.minimumwage.PermitService;
import jp.tsunagu.employment.internal.payroll.PayrollService;
import jp.tsunagu.employment.internal.payroll.RemunerationService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleVersion;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.InsuranceEligibility;
import jp.tsunagu.rules.national.InsuranceEligibility.SocialStatus;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Insurance eligibility of employed users and the notifications it calls for, as a task list. Each user's contracts are
 * evaluated on every day something can change — a contract starts or ends, a version of the eligibility table takes
 * effect (the 88,000-yen condition ends on 2026-10-01, the weekly hours fall to 10 on 2028-10-01, the employer sizes
 * fall), a 特定減額特例対象者 asks to join or leave — against table {@code social-insurance-eligibility}: employment
 * insurance by weekly hours and the expected days of employment, social insurance by the ¾ rule or the short-time
 * criteria (EM-8, EM-12). Each change of status is a task: 資格取得届, 資格喪失届, and 離職票 when employment ends, with
 * the day it is due; an acquisition already recorded in the user's payroll profile from that day is done.
 */
@Service
public class EmploymentInsuranceService {
    private final EmployerRepository employers;
    private final SocialInsuranceRequestRepository requests;
    private final EmploymentContractService contracts;
    private final PermitService permits;
    private final PayrollService payroll;
    private final RemunerationService remunerations;
    private final Rules rules;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    EmploymentInsuranceService(EmployerRepository employers, SocialInsuranceRequestRepository requests, EmploymentContractService contracts,
                     PermitService permits, PayrollService payroll, RemunerationService remunerations, Rules rules, Offices offices, AuditTrail audit, Clock clock) {
        this.employers = employers;
        this.requests = requests;
        this.contracts = contracts;
        this.permits = permits;
        this.payroll = payroll;
        this.remunerations = remunerations;
        this.rules = rules;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The employer's size and full-time schedule (hours and days a week). */
    public record EmployerTerms(int employerSize, int fullTimeWeeklyMinutes, int fullTimeDaysPerWeek) {
    }

    @Transactional
    public EmployerTerms saveEmployer(OfficeId office, EmployerTerms t, String by) {
        offices.require(office);
        Employer e = employers.of(office.value()).orElseGet(() -> new Employer(office, by, clock.instant()));
        e.set(t.employerSize(), t.fullTimeWeeklyMinutes(), t.fullTimeDaysPerWeek());
        employers.save(e);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "employment_employer", e.id().toString()).inOffice(office)
                .withDetails("size=" + t.employerSize() + " fullTimeWeeklyMinutes=" + t.fullTimeWeeklyMinutes() + " days=" + t.fullTimeDaysPerWeek()));
        return t;
    }

    @Transactional(readOnly = true)
    public Optional<EmployerTerms> employer(OfficeId office) {
        offices.require(office);
        return employers.of(office.value()).map(e -> new EmployerTerms(e.employerSize(), e.fullTimeWeeklyMinutes(), e.fullTimeDaysPerWeek()));
    }

    /** Records a 特定減額特例対象者's request to join (or leave) social insurance; audited about the worker. */
    @Transactional
    public void request(OfficeId office, PersonId person, LocalDate requestedOn, boolean joining, String by) {
        offices.require(office);
        if (contracts.runningIn(office, java.time.YearMonth.from(requestedOn)).stream().noneMatch(n -> n.contract().personId().equals(person))) {
            throw new Problem.Invalid("personId", "employment.payroll.noContract", person.value());
        }
        SocialInsuranceRequest r = requests.save(new SocialInsuranceRequest(office, person, requestedOn, joining, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "social_insurance_request", r.id().toString()).inOffice(office).about(person.value())
                .withDetails((joining ? "join" : "leave") + " on " + requestedOn));
    }

    public enum Insurance { EMPLOYMENT, SOCIAL }

    public enum Notification {
        /** 雇用保険被保険者資格取得届: by the 10th of the month after. */
        EMPLOYMENT_ACQUISITION,
        /** 雇用保険被保険者資格喪失届: within 10 days of the day after the loss. */
        EMPLOYMENT_LOSS,
        /** 離職証明書 (離職票): with the loss, when employment ends. */
        SEPARATION_CERTIFICATE,
        /** 健康保険・厚生年金保険被保険者資格取得届: within 5 days. */
        SOCIAL_ACQUISITION,
        /** 健康保険・厚生年金保険被保険者資格喪失届: within 5 days. */
        SOCIAL_LOSS
    }

    /** A notification to file: for whom, which, from which day, by when, its remark, and whether it is recorded done. */
    public record Task(PersonId person, String name, String kana, Notification notification, LocalDate effective, LocalDate due, String remark,
                       boolean done) {
    }

    /** Every worker with a contract at the office, once each by kana (for the forms that name one); audited about each. */
    @Transactional
    public List<EmploymentContractService.Named> workers(OfficeId office) {
        offices.require(office);
        java.util.Map<PersonId, EmploymentContractService.Named> once = new java.util.LinkedHashMap<>();
        contracts.allOf(office).stream().sorted(java.util.Comparator.comparing(EmploymentContractService.Named::kana))
                .forEach(n -> once.putIfAbsent(n.contract().personId(), n));
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "employment_contract", office.value().toString()).inOffice(office)
                .withDetails("workers=" + once.size());
        audit.recordAll(once.isEmpty() ? List.of(read) : once.keySet().stream().map(p -> read.about(p.value())).toList());
        return List.copyOf(once.values());
    }

    /** The office's notifications, by the day they take effect; the read is audited about each worker. */
    @Transactional
    public List<Task> tasks(OfficeId office) {
        offices.require(office);
        EmployerTerms employer = employer(office).orElseThrow(() -> new Problem.Invalid("employer", "employment.insurance.noEmployer"));
        List<Task> tasks = new ArrayList<>();
        Map<PersonId, List<EmploymentContractService.Named>> byPerson = new java.util.LinkedHashMap<>();
        for (EmploymentContractService.Named n : contracts.allOf(office)) {
            byPerson.computeIfAbsent(n.contract().personId(), p -> new ArrayList<>()).add(n);
        }
        List<LocalDate> ruleChanges = rules.versions(InsuranceEligibility.TABLE).stream().map(RuleVersion::effectiveFrom).toList();
        List<SocialInsuranceRequest> allRequests = requests.ofOffice(office.value());
        for (Map.Entry<PersonId, List<EmploymentContractService.Named>> e : byPerson.entrySet()) {
            tasks.addAll(tasksOf(office, e.getKey(), e.getValue(), employer, ruleChanges,
                    allRequests.stream().filter(r -> r.personId().equals(e.getKey())).toList()));
        }
        tasks.sort(Comparator.comparing(Task::effective).thenComparing(Task::kana));
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "employment_insurance", office.value().toString()).inOffice(office)
                .withDetails("tasks=" + tasks.size());
        audit.recordAll(tasks.isEmpty() ? List.of(read) : tasks.stream().map(t -> t.person().value()).distinct().map(read::about).toList());
        return tasks;
    }

    private List<Task> tasksOf(OfficeId office, PersonId person, List<EmploymentContractService.Named> contractsOfPerson, EmployerTerms employer,
                               List<LocalDate> ruleChanges, List<SocialInsuranceRequest> personRequests) {
        EmploymentContractService.Named named = contractsOfPerson.getFirst();
        LocalDate first = contractsOfPerson.stream().map(n -> n.contract().startDate()).min(Comparator.naturalOrder()).orElseThrow();
        TreeSet<LocalDate> days = new TreeSet<>();
        for (EmploymentContractService.Named n : contractsOfPerson) {
            days.add(n.contract().startDate());
            if (n.contract().endDate() != null) {
                days.add(n.contract().endDate().plusDays(1));
            }
        }
        ruleChanges.stream().filter(d -> d.isAfter(first)).forEach(days::add);
        List<MinimumWageGuard.Permit> personPermits = permits.forGuard(office, person);
        for (MinimumWageGuard.Permit p : personPermits) { // a permit's start and end change the 特定減額特例 status
            days.add(p.from());
            days.add(p.to().plusDays(1));
        }
        for (SocialInsuranceRequest r : personRequests) {
            days.add(new InsuranceEligibility(rules.on(r.requestedOn())).optInStart(r.requestedOn()));
        }
        days.removeIf(d -> d.isBefore(first));
        var profile = payroll.profile(office, person);
        boolean employmentInsured = false;
        boolean socialInsured = false;
        List<Task> tasks = new ArrayList<>();
        for (LocalDate day : days) {
            Optional<EmploymentContract> running = contractsOfPerson.stream().map(EmploymentContractService.Named::contract)
                    .filter(c -> c.runsOn(day)).findFirst();
            InsuranceEligibility eligibility = new InsuranceEligibility(rules.on(day));
            boolean ei = running.map(c -> eligibility.employmentInsurance(hours(c.weeklyMinutes()), expectedDays(c, day))).orElse(false);
            boolean social = running.map(c -> {
                boolean permit = personPermits.stream().anyMatch(p -> !day.isBefore(p.from()) && !day.isAfter(p.to()));
                SocialStatus status = eligibility.socialStatus(employer.employerSize(), hours(c.weeklyMinutes()),
                        hours(employer.fullTimeWeeklyMinutes()), BigDecimal.valueOf(c.daysPerWeek()), BigDecimal.valueOf(employer.fullTimeDaysPerWeek()),
                        monthlyWage(c), permit);
                return status == SocialStatus.INSURED || (status == SocialStatus.OPT_IN_ONLY && joined(personRequests, day));
            }).orElse(false);
            boolean optIn = running.isPresent() && social && joined(personRequests, day) && optInOnly(eligibility, employer, running.get(), personPermits, day);
            if (ei != employmentInsured) {
                tasks.add(ei ? new Task(person, named.name(), named.kana(), Notification.EMPLOYMENT_ACQUISITION, day,
                        day.plusMonths(1).withDayOfMonth(10), null, day.equals(profile.employmentInsuranceFrom()))
                        : new Task(person, named.name(), named.kana(), Notification.EMPLOYMENT_LOSS, day, day.plusDays(10), null, false));
                if (!ei && running.isEmpty()) {
                    tasks.add(new Task(person, named.name(), named.kana(), Notification.SEPARATION_CERTIFICATE, day, day.plusDays(10), null, false));
                }
                employmentInsured = ei;
            }
            if (social != socialInsured) {
                tasks.add(social ? new Task(person, named.name(), named.kana(), Notification.SOCIAL_ACQUISITION, day, day.plusDays(5),
                        optIn ? eligibility.optInRemark() : null, day.equals(profile.socialInsuranceFrom()))
                        : new Task(person, named.name(), named.kana(), Notification.SOCIAL_LOSS, day, day.plusDays(5), null, false));
                socialInsured = social;
            }
        }
        return tasks;
    }

    /** A 定時決定 of a user: the remuneration, the months it averaged, and whether it was recorded now (false: already there). */
    public record Determined(PersonId person, String name, String kana, Yen remuneration, String basis, boolean recorded) {
    }

    /**
     * 定時決定 of {@code year}: for each user insured for social insurance on 1 July, the remuneration averaged over the pay
     * of April to June (months of at least 17 days worked, 11 for a short-time worker: under the table's share of the
     * full-time hours), in force from September. A user without such a month keeps the earlier remuneration. Idempotent.
     */
    @Transactional
    public List<Determined> determineAnnual(OfficeId office, int year, String by) {
        offices.require(office);
        EmployerTerms employer = employer(office).orElseThrow(() -> new Problem.Invalid("employer", "employment.insurance.noEmployer"));
        LocalDate july = LocalDate.of(year, 7, 1);
        List<Determined> determined = new ArrayList<>();
        for (EmploymentContractService.Named n : contracts.runningIn(office, java.time.YearMonth.of(year, 7))) {
            EmploymentContract c = n.contract();
            var profile = payroll.profile(office, c.personId());
            if (!c.runsOn(july) || profile.socialInsuranceFrom() == null || profile.socialInsuranceFrom().isAfter(july)) {
                continue;
            }
            boolean shortTime = shortTime(employer, c, july);
            List<AnnualDetermination.PaidMonth> paid = remunerations.paidBetween(office, c.personId(), LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30))
                    .stream().map(p -> new AnnualDetermination.PaidMonth(p.paid(), p.gross(), p.days())).toList();
            AnnualDetermination.of(paid, shortTime).ifPresent(r -> {
                boolean recorded = remunerations.record(office, c.personId(), RemunerationService.Kind.ANNUAL, java.time.YearMonth.of(year, 9), r.remuneration(), r.basis(), by);
                determined.add(new Determined(c.personId(), n.name(), n.kana(), r.remuneration(), r.basis(), recorded));
            });
        }
        return determined;
    }

    /** A 随時改定 examined: the three months' average, the current and the new health grade, and whether it was recorded. */
    public record Revision(PersonId person, Yen average, int currentGrade, int newGrade, java.time.YearMonth effective, boolean revised,
                           String basis) {
    }

    /**
     * 随時改定 after a change of fixed wages (the hourly wage, the commuting allowance) first paid in {@code firstPaid}:
     * the pay of that month and the two after, each with at least 17 days worked (11 for a short-time worker), averaged;
     * when its health grade differs from the one in force by two grades or more, the new remuneration is in force from
     * the fourth month. The office starts it for the month the changed wage was first paid.
     */
    @Transactional
    public Revision revise(OfficeId office, PersonId person, java.time.YearMonth firstPaid, String by) {
        offices.require(office);
        EmployerTerms employer = employer(office).orElseThrow(() -> new Problem.Invalid("employer", "employment.insurance.noEmployer"));
        EmploymentContract c = contracts.runningIn(office, firstPaid.minusMonths(1)).stream().map(EmploymentContractService.Named::contract)
                .filter(x -> x.personId().equals(person)).reduce((x, y) -> y)
                .orElseThrow(() -> new Problem.Invalid("personId", "employment.payroll.noContract", person.value()));
        int threshold = AnnualDetermination.threshold(shortTime(employer, c, firstPaid.atDay(1)));
        List<RemunerationService.PaidSlip> paid = remunerations.paidBetween(office, person, firstPaid.atDay(1), firstPaid.plusMonths(2).atEndOfMonth());
        if (paid.size() < 3 || paid.stream().anyMatch(p -> p.days() < threshold)) {
            throw new Problem.Invalid("firstPaidMonth", "employment.revision.months", firstPaid, threshold, paid.size());
        }
        Yen average = Yen.of(paid.stream().mapToLong(p -> p.gross().value()).sum() / 3);
        java.time.YearMonth effective = firstPaid.plusMonths(3);
        var grades = new jp.tsunagu.rules.national.StandardMonthlyRemunerations(rules.on(effective.atDay(1)));
        int current = grades.healthGrade(remunerations.inForce(office, person, firstPaid)).grade();
        int next = grades.healthGrade(average).grade();
        String basis = "average of " + paid.stream().map(p -> p.paid() + " " + p.gross().value() + " (" + p.days() + " days)").toList()
                + ": health grade " + current + " → " + next;
        boolean revised = Math.abs(next - current) >= 2 && remunerations.record(office, person, RemunerationService.Kind.REVISION, effective, average, basis, by);
        return new Revision(person, average, current, next, effective, revised, basis);
    }

    /** Whether the contract is short-time work on {@code day}: under the table's share of the employer's full-time hours. */
    private boolean shortTime(EmployerTerms employer, EmploymentContract c, LocalDate day) {
        BigDecimal share = new InsuranceEligibility(rules.on(day))
                .minimum(InsuranceEligibility.Insurance.SOCIAL, InsuranceEligibility.Requirement.FULL_TIME_HOURS_SHARE).orElse(BigDecimal.ZERO);
        return hours(c.weeklyMinutes()).compareTo(hours(employer.fullTimeWeeklyMinutes()).multiply(share)) < 0;
    }

    private boolean optInOnly(InsuranceEligibility eligibility, EmployerTerms employer, EmploymentContract c, List<MinimumWageGuard.Permit> personPermits,
                              LocalDate day) {
        boolean permit = personPermits.stream().anyMatch(p -> !day.isBefore(p.from()) && !day.isAfter(p.to()));
        return eligibility.socialStatus(employer.employerSize(), hours(c.weeklyMinutes()), hours(employer.fullTimeWeeklyMinutes()),
                BigDecimal.valueOf(c.daysPerWeek()), BigDecimal.valueOf(employer.fullTimeDaysPerWeek()), monthlyWage(c), permit) == SocialStatus.OPT_IN_ONLY;
    }

    /** Whether the worker's latest request that has taken effect by {@code day} is to join. */
    private boolean joined(List<SocialInsuranceRequest> personRequests, LocalDate day) {
        return personRequests.stream().filter(r -> !new InsuranceEligibility(rules.on(r.requestedOn())).optInStart(r.requestedOn()).isAfter(day))
                .max(Comparator.comparing(SocialInsuranceRequest::requestedOn)).map(SocialInsuranceRequest::joining).orElse(false);
    }

    private static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** The days of employment expected from {@code day}: to the contract's end, or open-ended (more than any minimum). */
    private static int expectedDays(EmploymentContract c, LocalDate day) {
        return c.endDate() == null ? Integer.MAX_VALUE : (int) ChronoUnit.DAYS.between(day, c.endDate()) + 1;
    }

    /** The scheduled monthly wage: hourly wage × weekly hours × 52 ÷ 12, yen rounded down. */
    static Yen monthlyWage(EmploymentContract c) {
        return Yen.of(c.hourlyWage().toBigDecimal().multiply(BigDecimal.valueOf(c.weeklyMinutes())).multiply(BigDecimal.valueOf(52))
                .divide(BigDecimal.valueOf(60 * 12), 0, RoundingMode.DOWN).longValueExact());
    }
}
