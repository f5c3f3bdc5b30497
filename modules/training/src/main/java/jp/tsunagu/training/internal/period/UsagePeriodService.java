package jp.tsunagu.training.internal.period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.planning.api.SelectionResults;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.EmploymentSelectionSupport;
import jp.tsunagu.rules.national.TransitionUsagePeriod;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 就労移行支援's usage period per person: the first day of use (the person served for 就労移行支援 that day), the
 * period as of today ({@link UsagePeriod}: standard end, the benefit decision's end that rules when it comes first, the
 * warnings at 18 and 22 months), and extensions requested and decided by the municipality (at most the rule's months
 * in all). Reads and writes are audited about the person.
 */
@Service
public class UsagePeriodService {
    private final TransitionPeriodRepository periods;
    private final TransitionExtensionRepository extensions;
    private final PlanningQueries planning;
    private final Rules rules;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;
    private final SelectionResults selection;

    UsagePeriodService(TransitionPeriodRepository periods, TransitionExtensionRepository extensions, PlanningQueries planning, Rules rules,
                       Offices offices, AuditTrail audit, Clock clock, SelectionResults selection) {
        this.selection = selection;
        this.periods = periods;
        this.extensions = extensions;
        this.planning = planning;
        this.rules = rules;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** An extension as requested and decided. */
    public record Extension(UUID id, LocalDate requestedOn, int months, String reason, String status, LocalDate decidedOn,
                            Integer grantedMonths, String decisionNote) {
        static Extension of(TransitionExtension e) {
            return new Extension(e.id(), e.requestedOn(), e.months(), e.reason(), e.status().name(), e.decidedOn(), e.grantedMonths(),
                    e.decisionNote());
        }
    }

    /** A person's period with name and kana, and the extensions. */
    public record PersonPeriod(PersonId person, String name, String kana, UsagePeriod period, List<Extension> extensions) {
        /** An extension still waiting for the municipality. */
        public boolean pending() {
            return extensions.stream().anyMatch(e -> e.status().equals(TransitionExtension.Status.REQUESTED.name()));
        }
    }

    /** Records (or corrects) the first day of use; the person must be served for 就労移行支援 that day. */
    @Transactional
    public PersonPeriod record(OfficeId office, PersonId person, LocalDate firstDay, String by) {
        offices.require(office);
        if (!planning.hasValidContract(office, person, ServiceType.TRANSITION, firstDay)) {
            throw new Problem.Invalid("firstDay", "training.period.notServed", firstDay);
        }
        var existing = periods.of(office.value(), person.value());
        TransitionPeriod p = existing.orElseGet(() -> new TransitionPeriod(office, person, firstDay, by, clock.instant()));
        existing.ifPresent(e -> e.correctFirstDay(firstDay));
        periods.save(p);
        audit.record(AuditEvent.of(existing.isPresent() ? AuditEvent.Action.UPDATE : AuditEvent.Action.CREATE, "transition_period",
                p.id().toString()).inOffice(office).about(person.value()).withDetails("firstDay=" + firstDay));
        return view(office, p, extensions.of(office.value(), person.value()), LocalDate.now(clock));
    }

    /** The person's period as of today; audited about the person. */
    @Transactional
    public PersonPeriod period(OfficeId office, PersonId person) {
        offices.require(office);
        TransitionPeriod p = periods.of(office.value(), person.value())
                .orElseThrow(() -> new Problem.NotFound("training.period.none", person.value()));
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "transition_period", p.id().toString()).inOffice(office).about(person.value()));
        return view(office, p, extensions.of(office.value(), person.value()), LocalDate.now(clock));
    }

    /** The person's period as of today, or empty when no first day is recorded; audited about the person when there is one. */
    @Transactional
    public java.util.Optional<PersonPeriod> periodIfAny(OfficeId office, PersonId person) {
        offices.require(office);
        return periods.of(office.value(), person.value()).map(p -> {
            audit.record(AuditEvent.of(AuditEvent.Action.READ, "transition_period", p.id().toString()).inOffice(office).about(person.value()));
            return view(office, p, extensions.of(office.value(), person.value()), LocalDate.now(clock));
        });
    }

    /** Whether the person is served by the office for 就労移行支援 today (a usage contract and a decision cover it). */
    @Transactional(readOnly = true)
    public boolean servedToday(OfficeId office, PersonId person) {
        return planning.hasValidContract(office, person, jp.tsunagu.kernel.ServiceType.TRANSITION, LocalDate.now(clock));
    }

    /** Every period of the office as of today, by kana; audited about each person. */
    @Transactional
    public List<PersonPeriod> periods(OfficeId office) {
        offices.require(office);
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<TransitionExtension>> byPerson = extensions.ofOffice(office.value()).stream()
                .collect(Collectors.groupingBy(e -> e.personId().value()));
        List<PersonPeriod> all = new ArrayList<>();
        for (TransitionPeriod p : periods.ofOffice(office.value())) {
            all.add(view(office, p, byPerson.getOrDefault(p.personId().value(), List.of()), today));
        }
        all.sort(Comparator.comparing(PersonPeriod::kana));
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "transition_period", office.value().toString()).inOffice(office)
                .withDetails("persons=" + all.size());
        audit.recordAll(all.isEmpty() ? List.of(read) : all.stream().map(p -> read.about(p.person().value())).toList());
        return all;
    }

    /** The persons served for 就労移行支援 on {@code day} whose first day is not recorded yet, by kana; audited about each. */
    @Transactional
    public List<PlanningQueries.ServedPerson> unrecorded(OfficeId office, LocalDate day) {
        offices.require(office);
        java.util.Set<UUID> recorded = periods.ofOffice(office.value()).stream().map(p -> p.personId().value()).collect(Collectors.toSet());
        List<PlanningQueries.ServedPerson> persons = planning.servedOn(office, day).stream()
                .filter(p -> p.serviceTypes().contains(ServiceType.TRANSITION) && !recorded.contains(p.personId().value())).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "person", office.value().toString()).inOffice(office)
                .withDetails("transition persons without a first day=" + persons.size());
        audit.recordAll(persons.isEmpty() ? List.of(read) : persons.stream().map(p -> read.about(p.personId().value())).toList());
        return persons;
    }

    /**
     * The first day of use recorded for the person at the office, if any: what a placement's hire date may not come
     * before. Not audited here: the caller audits what it records or shows about the person.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<LocalDate> firstDay(OfficeId office, PersonId person) {
        return periods.of(office.value(), person.value()).map(TransitionPeriod::firstDay);
    }

    /** Every first day of use recorded at the office, per person; not audited here (the caller audits what it shows). */
    @Transactional(readOnly = true)
    public Map<PersonId, LocalDate> firstDays(OfficeId office) {
        return periods.ofOffice(office.value()).stream().collect(Collectors.toMap(TransitionPeriod::personId, TransitionPeriod::firstDay));
    }

    /**
     * Requests an extension of {@code months}: refused when the extensions granted and asked for would pass the rule's
     * longest (12 months, TR-1), or while another request waits for its decision; from the rule's date
     * ({@code employment-selection-support.mandatoryBeforeTypeAFrom}, on the request's day) without a completed 就労選択支援
     * result for the person.
     */
    @Transactional
    public PersonPeriod requestExtension(OfficeId office, PersonId person, LocalDate requestedOn, int months, String reason, String by) {
        offices.require(office);
        TransitionPeriod p = periods.of(office.value(), person.value())
                .orElseThrow(() -> new Problem.Invalid("personId", "training.period.none", person.value()));
        if (requestedOn.isBefore(p.firstDay())) {
            throw new Problem.Invalid("requestedOn", "training.extension.beforeFirstDay", requestedOn, p.firstDay());
        }
        requireSelectionResult(person, requestedOn);
        TransitionUsagePeriod rule = new TransitionUsagePeriod(rules.on(requestedOn));
        List<TransitionExtension> own = extensions.of(office.value(), person.value());
        if (own.stream().anyMatch(e -> e.status() == TransitionExtension.Status.REQUESTED)) {
            throw new Problem.Invalid("months", "training.extension.pending");
        }
        int granted = own.stream().filter(e -> e.grantedMonths() != null).mapToInt(TransitionExtension::grantedMonths).sum();
        if (months < 1 || granted + months > rule.maxExtensionMonths()) {
            throw new Problem.Invalid("months", "training.extension.tooLong", months, rule.maxExtensionMonths(), granted);
        }
        TransitionExtension e = extensions.save(new TransitionExtension(office, person, requestedOn, months, reason, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "transition_extension", e.id().toString()).inOffice(office).about(person.value())
                .withDetails("months=" + months + " requestedOn=" + requestedOn));
        return view(office, p, extensions.of(office.value(), person.value()), LocalDate.now(clock));
    }

    /** Records the municipality's decision on a request: granted (for at most the months requested) or refused. */
    @Transactional
    public PersonPeriod decide(OfficeId office, UUID extensionId, boolean granted, Integer grantedMonths, LocalDate decidedOn, String note,
                               String by) {
        offices.require(office);
        TransitionExtension e = extensions.find(office.value(), extensionId)
                .orElseThrow(() -> new Problem.NotFound("training.extension.notFound", extensionId));
        e.decide(granted, grantedMonths, decidedOn, note);
        extensions.save(e);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "transition_extension", e.id().toString()).inOffice(office)
                .about(e.personId().value()).withDetails((granted ? "granted " + grantedMonths : "refused") + " on " + decidedOn));
        TransitionPeriod p = periods.of(office.value(), e.personId().value()).orElseThrow();
        return view(office, p, extensions.of(office.value(), e.personId().value()), LocalDate.now(clock));
    }

    /** From the rule's date an extension needs a completed 就労選択支援 result by the request's day (TR-4's companion). */
    private void requireSelectionResult(PersonId person, LocalDate requestedOn) {
        // before the table's first version there is no rule; from it, a missing or empty figure fails loudly (never open)
        if (rules.versions(EmploymentSelectionSupport.TABLE).stream().noneMatch(v -> !requestedOn.isBefore(v.effectiveFrom()))) {
            return;
        }
        LocalDate from = new EmploymentSelectionSupport(rules.on(requestedOn)).mandatoryBeforeTypeAFrom();
        if (!requestedOn.isBefore(from) && !selection.hasCompletedResult(person, requestedOn)) {
            throw new Problem.Invalid("requestedOn", "training.extension.selectionRequired", from, requestedOn);
        }
    }

    private PersonPeriod view(OfficeId office, TransitionPeriod p, List<TransitionExtension> own, LocalDate today) {
        var served = planning.served(office, p.personId(), p.firstDay());
        LocalDate asked = today.isBefore(p.firstDay()) ? p.firstDay() : today;
        LocalDate decisionEnd = planning.decisionEnd(p.personId(), ServiceType.TRANSITION, asked)
                .or(() -> planning.decisionEnd(p.personId(), ServiceType.TRANSITION, p.firstDay())).orElse(null);
        int granted = own.stream().filter(e -> e.grantedMonths() != null).mapToInt(TransitionExtension::grantedMonths).sum();
        UsagePeriod period = UsagePeriod.of(p.firstDay(), new TransitionUsagePeriod(rules.on(p.firstDay())), granted, decisionEnd, today);
        return new PersonPeriod(p.personId(), served.map(PlanningQueries.ServedPerson::name).orElse("-"),
                served.map(PlanningQueries.ServedPerson::kana).orElse("-"), period, own.stream().map(Extension::of).toList());
    }
}
