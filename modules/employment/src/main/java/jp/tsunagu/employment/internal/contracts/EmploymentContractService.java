package jp.tsunagu.employment.internal.contracts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.employment.internal.minimumwage.MinimumWageGuard;
import jp.tsunagu.employment.internal.minimumwage.MinimumWageGuard.Below;
import jp.tsunagu.employment.internal.minimumwage.PermitService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employment contracts of an office's employed A型 users, and the minimum-wage guard applied to them: a contract is
 * refused when its wage is below the applicable minimum on its first day (EM-1); a pay period is refused from the first
 * day the wage falls below, naming the date and the rate (EM-1, EM-10); and the office sees, as soon as a new version of
 * the minimum wages is loaded, every contract a coming change will break (EM-10). Writes and reads of a user's contract
 * are audited about the user.
 */
@Service
public class EmploymentContractService {
    private final EmploymentContractRepository contracts;
    private final PermitService permits;
    private final MinimumWageGuard guard;
    private final PlanningQueries planning;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    EmploymentContractService(EmploymentContractRepository contracts, PermitService permits, MinimumWageGuard guard, PlanningQueries planning,
                    Offices offices, AuditTrail audit, Clock clock) {
        this.contracts = contracts;
        this.permits = permits;
        this.guard = guard;
        this.planning = planning;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A contract with the worker's name and kana as the office serves them at its start. */
    public record Named(EmploymentContract contract, String name, String kana) {
    }

    /**
     * Records a contract. The person must be served by the office as an employed A型 user on its first day (a
     * non-employed A型 user has no employment contract); the schedule must leave working time after the break; the wage
     * must reach the applicable minimum on the first day. A contract of the same person running on that day and started
     * before it ends the day before (a change of terms); one starting on or after it is refused.
     */
    @Transactional
    public EmploymentContract create(OfficeId office, PersonId person, ContractTerms terms, String by) {
        OfficeSummary summary = offices.require(office);
        if (terms.endDate() != null && terms.endDate().isBefore(terms.startDate())) {
            throw new Problem.Invalid("endDate", "employment.contract.endBeforeStart", terms.startDate(), terms.endDate());
        }
        if (!terms.dailyEnd().isAfter(terms.dailyStart())) {
            throw new Problem.Invalid("dailyEnd", "employment.contract.dayOrder", terms.dailyStart(), terms.dailyEnd());
        }
        long span = java.time.Duration.between(terms.dailyStart(), terms.dailyEnd()).toMinutes();
        if (terms.breakMinutes() < 0 || terms.breakMinutes() >= span) {
            throw new Problem.Invalid("breakMinutes", "employment.contract.breakTooLong", terms.breakMinutes(), span);
        }
        if (!planning.hasValidContract(office, person, ServiceType.TYPE_A, terms.startDate())) {
            throw new Problem.Invalid("personId", "employment.contract.notEmployedUser", person.value(), terms.startDate());
        }
        Optional<Below> below = guard.below(summary.prefecture(), terms.hourlyWage(), permits.forGuard(office, person), terms.startDate());
        if (below.isPresent()) {
            throw belowMinimum("hourlyWage", below.get(), terms.hourlyWage());
        }
        for (EmploymentContract earlier : contracts.ofPerson(office.value(), person.value())) {
            if (!earlier.startDate().isBefore(terms.startDate())) {
                throw new Problem.Invalid("startDate", "employment.contract.overlap", earlier.startDate(), terms.startDate());
            }
            if (earlier.runsOn(terms.startDate())) {
                earlier.endBefore(terms.startDate());
                audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "employment_contract", earlier.id().toString()).inOffice(office)
                        .about(person.value()).withDetails("ended " + earlier.endDate() + " by the contract from " + terms.startDate()));
            }
        }
        EmploymentContract c = contracts.save(new EmploymentContract(office, person, terms, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "employment_contract", c.id().toString()).inOffice(office).about(person.value())
                .withDetails("from=" + c.startDate() + " to=" + c.endDate() + " wage=" + c.hourlyWage().value() + " days=" + c.daysPerWeek()
                        + " dailyMinutes=" + c.dailyMinutes()));
        return c;
    }

    /** The office's contracts by kana, then start; the read is audited about each worker. */
    @Transactional
    public List<Named> list(OfficeId office) {
        offices.require(office);
        List<Named> named = named(office, contracts.ofOffice(office.value()));
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "employment_contract", office.value().toString()).inOffice(office)
                .withDetails("contracts=" + named.size());
        audit.recordAll(named.isEmpty() ? List.of(read)
                : named.stream().map(n -> n.contract().personId().value()).distinct().map(read::about).toList());
        return named;
    }

    /** One contract of the office; 404 for another office's or tenant's. The read is audited about the worker. */
    @Transactional
    public Named get(OfficeId office, UUID id) {
        Named n = named(office, List.of(find(office, id))).getFirst();
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "employment_contract", id.toString()).inOffice(office)
                .about(n.contract().personId().value()));
        return n;
    }

    /**
     * One contract of the office with the worker's name, for a document handed out (the written notice of working
     * conditions): recorded as an EXPORT about the worker under {@code resource}, not as a read. 404 for another
     * office's or tenant's.
     */
    @Transactional
    public Named exported(OfficeId office, UUID id, String resource) {
        Named n = named(office, List.of(find(office, id))).getFirst();
        audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, resource, id.toString()).inOffice(office)
                .about(n.contract().personId().value()).withDetails("contract from " + n.contract().startDate()));
        return n;
    }

    /**
     * Whom the office may employ on {@code day}: the persons it serves that day under a usage contract for A型, by kana
     * (the choice of a page's form; the contract itself is checked again when recorded).
     */
    @Transactional(readOnly = true)
    public List<PlanningQueries.ServedPerson> employable(OfficeId office, LocalDate day) {
        offices.require(office);
        return planning.servedOn(office, day).stream().filter(p -> p.serviceTypes().contains(ServiceType.TYPE_A)).toList();
    }

    /**
     * Checks a pay period of the contract against the minimum wage of every day in it (the days the contract runs):
     * refused from the first day the wage falls below, naming that day and the rate (EM-1, EM-10).
     */
    @Transactional(readOnly = true)
    public void requirePayPeriod(OfficeId office, UUID id, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new Problem.Invalid("to", "employment.period.order", from, to);
        }
        requireMinimumWage(find(office, id), from, to, "period");
    }

    /**
     * The contracts of the office that run on some day of {@code month}, with names; for the platform's own work (the
     * payroll), not audited here.
     */
    @Transactional(readOnly = true)
    public List<Named> runningIn(OfficeId office, java.time.YearMonth month) {
        offices.require(office);
        return named(office, contracts.ofOffice(office.value()).stream()
                .filter(c -> !c.startDate().isAfter(month.atEndOfMonth()) && (c.endDate() == null || !c.endDate().isBefore(month.atDay(1))))
                .toList());
    }

    /** Every contract of the office, with names; for the platform's own work, not audited here. */
    @Transactional(readOnly = true)
    public List<Named> allOf(OfficeId office) {
        offices.require(office);
        return named(office, contracts.ofOffice(office.value()));
    }

    /** {@link #requirePayPeriod} for a contract at hand: refused (naming {@code field}) from the first day below the minimum. */
    @Transactional(readOnly = true)
    public void requireMinimumWage(EmploymentContract c, LocalDate from, LocalDate to, String field) {
        LocalDate first = from.isBefore(c.startDate()) ? c.startDate() : from;
        LocalDate last = c.endDate() != null && c.endDate().isBefore(to) ? c.endDate() : to;
        Optional<Below> below = guard.firstBelow(offices.require(c.officeId()).prefecture(), c.hourlyWage(),
                permits.forGuard(c.officeId(), c.personId()), first, last);
        if (below.isPresent()) {
            throw belowMinimum(field, below.get(), c.hourlyWage());
        }
    }

    /** A contract a coming change of the minimum wage will break: the day and the new rate (reduced by a permit, if any). */
    public record ComingBreak(Named contract, Below below) {
    }

    /**
     * Every contract of the office that a change of the minimum wage after today will break, by the day of the change:
     * the changes among the versions loaded (a scheduled version counts from the day it is loaded), and the contracts
     * running on that day whose wage falls below the new rate (reduced by a permit valid that day).
     */
    @Transactional
    public List<ComingBreak> comingBreaks(OfficeId office) {
        OfficeSummary summary = offices.require(office);
        LocalDate today = LocalDate.now(clock);
        List<EmploymentContract> all = contracts.ofOffice(office.value());
        Map<UUID, Named> names = new LinkedHashMap<>();
        named(office, all).forEach(n -> names.put(n.contract().id(), n));
        List<ComingBreak> breaks = new ArrayList<>();
        for (MinimumWageGuard.Change change : guard.changesAfter(summary.prefecture(), today)) {
            for (EmploymentContract c : all) {
                if (c.runsOn(change.date())) {
                    guard.below(summary.prefecture(), c.hourlyWage(), permits.forGuard(office, c.personId()), change.date())
                            .ifPresent(b -> breaks.add(new ComingBreak(names.get(c.id()), b)));
                }
            }
        }
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "employment_contract", office.value() + ":coming-minimum-wage").inOffice(office)
                .withDetails("breaks=" + breaks.size());
        audit.recordAll(breaks.isEmpty() ? List.of(read)
                : breaks.stream().map(b -> b.contract().contract().personId().value()).distinct().map(read::about).toList());
        return breaks;
    }

    private EmploymentContract find(OfficeId office, UUID id) {
        offices.require(office);
        return contracts.findById(id).filter(c -> c.officeId().equals(office))
                .orElseThrow(() -> new Problem.NotFound("employment.contract.notFound"));
    }

    private List<Named> named(OfficeId office, List<EmploymentContract> list) {
        Map<PersonId, PlanningQueries.ServedPerson> who = new LinkedHashMap<>();
        // a start date shared by several workers (an office's contracts often start together): one read of whom the office
        // serves that day, not one per worker
        Map<LocalDate, Long> starts = list.stream().collect(java.util.stream.Collectors.groupingBy(EmploymentContract::startDate,
                java.util.stream.Collectors.counting()));
        Map<LocalDate, Map<PersonId, PlanningQueries.ServedPerson>> servedOn = new java.util.HashMap<>();
        List<Named> named = new ArrayList<>();
        for (EmploymentContract c : list) {
            PlanningQueries.ServedPerson p = who.computeIfAbsent(c.personId(), person -> (starts.get(c.startDate()) > 1
                    ? Optional.ofNullable(servedOn.computeIfAbsent(c.startDate(), day -> {
                        Map<PersonId, PlanningQueries.ServedPerson> byPerson = new java.util.HashMap<>();
                        planning.servedOn(office, day).forEach(s -> byPerson.put(s.personId(), s));
                        return byPerson;
                    }).get(person))
                    : planning.served(office, person, c.startDate()))
                    .orElse(new PlanningQueries.ServedPerson(person, "?", "?", null, java.util.Set.of())));
            named.add(new Named(c, p.name(), p.kana()));
        }
        java.text.Collator kana = java.text.Collator.getInstance(java.util.Locale.JAPANESE);
        named.sort(Comparator.comparing(Named::kana, kana).thenComparing(n -> n.contract().startDate()));
        return named;
    }

    private static Problem belowMinimum(String field, Below b, Yen wage) {
        BigDecimal applicable = b.applicable().stripTrailingZeros();
        return b.permit() == null
                ? new Problem.Invalid(field, "employment.minimumWage.below", b.date(), b.minimum().value(), wage.value(), b.minimumFrom())
                : new Problem.Invalid(field, "employment.minimumWage.belowPermit", b.date(), applicable.toPlainString(), wage.value(),
                b.minimum().value(), b.permit().reductionPercent().toPlainString(), b.permit().number());
    }
}
