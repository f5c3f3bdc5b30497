package jp.tsunagu.planning.internal;

import jp.tsunagu.planning.api.SupportPlanId;
import jp.tsunagu.kernel.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.events.MonitoringRecorded;
import jp.tsunagu.planning.events.SupportPlanAgreed;
import jp.tsunagu.planning.events.SupportPlanDelivered;
import jp.tsunagu.planning.internal.domain.Monitoring;
import jp.tsunagu.planning.internal.domain.MonitoringSchedule;
import jp.tsunagu.planning.internal.domain.Person;
import jp.tsunagu.planning.internal.domain.PlanConsent;
import jp.tsunagu.planning.internal.domain.PlanContent;
import jp.tsunagu.planning.internal.domain.PlanMeeting;
import jp.tsunagu.planning.internal.domain.PlanState;
import jp.tsunagu.planning.internal.domain.SupportPlan;
import jp.tsunagu.planning.internal.domain.SupportPlanVersion;
import jp.tsunagu.planning.internal.persistence.MonitoringRepository;
import jp.tsunagu.planning.internal.persistence.SupportPlanRepository;
import jp.tsunagu.planning.internal.persistence.SupportPlanVersionRepository;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.MonitoringIntervals;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The individual support plan cycle of an office: draft, meeting, consent, delivery, monitoring and revision.
 * The order of the cycle and the immutability of agreed versions live in {@link SupportPlanVersion}; this
 * service finds the plan within the office, records the audit and publishes the events.
 */
@Service
public class PlanService {
    private final SupportPlanRepository plans;
    private final SupportPlanVersionRepository versions;
    private final MonitoringRepository monitorings;
    private final PersonService persons;
    private final Offices offices;
    private final Rules rules;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final jp.tsunagu.planning.internal.persistence.ServiceEndRepository ends;

    PlanService(SupportPlanRepository plans, SupportPlanVersionRepository versions, MonitoringRepository monitorings,
                PersonService persons, Offices offices, Rules rules, AuditTrail audit, ApplicationEventPublisher events,
                Clock clock, jp.tsunagu.planning.internal.persistence.ServiceEndRepository ends) {
        this.ends = ends;
        this.plans = plans;
        this.versions = versions;
        this.monitorings = monitorings;
        this.persons = persons;
        this.offices = offices;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A plan with its versions and monitorings, and when the next monitoring is due (null before delivery). */
    public record PlanView(SupportPlan plan, Person person, List<SupportPlanVersion> versions, List<Monitoring> monitorings,
                           LocalDate nextMonitoringDue, Integer monitoringIntervalMonths) {
    }

    @Transactional
    public PlanView create(OfficeId office, PersonId personId, ServiceType type, PlanContent content, String by) {
        Person person = persons.served(office, personId);
        if (offices.find(office).filter(o -> o.offers(type)).isEmpty()) {
            throw new Problem.Invalid("serviceType", "planning.plan.serviceNotOffered", type);
        }
        SupportPlan plan = plans.save(new SupportPlan(UUID.randomUUID(), personId.value(), office.value(), type, by, clock.instant()));
        versions.save(new SupportPlanVersion(plan.id(), 1, content, by, clock.instant()));
        record(AuditEvent.Action.CREATE, plan, office, "version=1");
        return view(plan, person);
    }

    @Transactional // writes its audit record
    public PlanView read(OfficeId office, UUID planId) {
        SupportPlan plan = plan(office, planId);
        record(AuditEvent.Action.READ, plan, office, null);
        return view(plan, persons.served(office, new PersonId(plan.personId())));
    }

    @Transactional // writes its audit record
    public List<PlanView> forPerson(OfficeId office, PersonId personId) {
        Person person = persons.served(office, personId);
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "support_plan", "person:" + personId).inOffice(office).about(personId.value()));
        return plans.findByOfficeIdAndPersonIdOrderByCreatedAt(office.value(), personId.value()).stream().map(p -> view(p, person)).toList();
    }

    @Transactional
    public PlanView edit(OfficeId office, UUID planId, int number, PlanContent content, String by) {
        SupportPlan plan = plan(office, planId);
        version(plan, number).edit(content, by, clock.instant());
        record(AuditEvent.Action.UPDATE, plan, office, "version=" + number + " content");
        return view(plan, persons.served(office, new PersonId(plan.personId())));
    }

    @Transactional
    public PlanView recordMeeting(OfficeId office, UUID planId, int number, PlanMeeting meeting, String by) {
        SupportPlan plan = plan(office, planId);
        version(plan, number).recordMeeting(meeting, by, clock.instant());
        record(AuditEvent.Action.UPDATE, plan, office, "version=" + number + " meeting=" + meeting.heldOn());
        return view(plan, persons.served(office, new PersonId(plan.personId())));
    }

    @Transactional
    public PlanView recordConsent(OfficeId office, UUID planId, int number, PlanConsent consent, String by) {
        SupportPlan plan = plan(office, planId);
        version(plan, number).recordConsent(consent, by, clock.instant());
        record(AuditEvent.Action.UPDATE, plan, office, "version=" + number + " consent=" + consent.agreedOn() + " " + consent.method());
        events.publishEvent(new SupportPlanAgreed(TenantContext.require(), office, new PersonId(plan.personId()), new SupportPlanId(plan.id()), number, consent.agreedOn()));
        return view(plan, persons.served(office, new PersonId(plan.personId())));
    }

    @Transactional
    public PlanView deliver(OfficeId office, UUID planId, int number, LocalDate on, LocalDate specialistCopy, String by) {
        SupportPlan plan = plan(office, planId);
        SupportPlanVersion delivered = version(plan, number);
        delivered.deliver(on, specialistCopy, by, clock.instant());
        for (SupportPlanVersion older : versions.findByPlanIdOrderByNumber(plan.id())) {
            if (older.number() < number) {
                older.supersede(by, clock.instant());
            }
        }
        record(AuditEvent.Action.UPDATE, plan, office, "version=" + number + " delivered=" + on);
        PlanView view = view(plan, persons.served(office, new PersonId(plan.personId())));
        events.publishEvent(new SupportPlanDelivered(TenantContext.require(), office, new PersonId(plan.personId()), new SupportPlanId(plan.id()), number, on,
                view.nextMonitoringDue()));
        return view;
    }

    /** Opens version N+1 as a draft copying the newest version's content; only after it was agreed (PLN-3). */
    @Transactional
    public PlanView revise(OfficeId office, UUID planId, String by) {
        SupportPlan plan = plan(office, planId);
        SupportPlanVersion newest = openRevision(plan, by);
        record(AuditEvent.Action.CREATE, plan, office, "version=" + newest.number() + " revision");
        return view(plan, persons.served(office, new PersonId(plan.personId())));
    }

    @Transactional
    public PlanView recordMonitoring(OfficeId office, UUID planId, LocalDate on, boolean interviewed,
                                     List<Monitoring.GoalProgress> progress, String satisfaction, String wishes,
                                     boolean planChangeNeeded, String notes, String by) {
        SupportPlan plan = plan(office, planId);
        SupportPlanVersion current = delivered(plan).orElseThrow(() -> new Problem.Conflict("planning.monitoring.notDelivered"));
        if (on.isBefore(current.deliveredOn())) {
            throw new Problem.Invalid("monitoredOn", "planning.monitoring.beforeDelivery", current.deliveredOn());
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new Problem.Invalid("monitoredOn", "planning.monitoring.future");
        }
        monitorings.save(new Monitoring(plan.id(), current.number(), on, interviewed, progress, satisfaction, wishes,
                planChangeNeeded, notes, by, clock.instant()));
        if (planChangeNeeded && versions.findByPlanIdOrderByNumber(plan.id()).stream().noneMatch(v -> !v.state().locked())) {
            openRevision(plan, by);
        }
        record(AuditEvent.Action.CREATE, plan, office, "monitoring=" + on + " change=" + planChangeNeeded);
        PlanView view = view(plan, persons.served(office, new PersonId(plan.personId())));
        events.publishEvent(new MonitoringRecorded(TenantContext.require(), office, new PersonId(plan.personId()), new SupportPlanId(plan.id()), on, planChangeNeeded,
                view.nextMonitoringDue()));
        return view;
    }

    /** A line of the monitoring dashboard. */
    public record Due(UUID planId, PersonId personId, String name, String kana, ServiceType serviceType, LocalDate lastReview,
                      LocalDate dueOn, long daysOverdue, boolean overdue) {
        Due(UUID planId, PersonId personId, String name, String kana, ServiceType serviceType, LocalDate lastReview,
            LocalDate dueOn, long daysOverdue) {
            this(planId, personId, name, kana, serviceType, lastReview, dueOn, daysOverdue, daysOverdue > 0);
        }
    }

    /** Monitorings due within {@code withinDays} of {@code today}, and overdue ones, earliest first. */
    @Transactional // writes its audit record
    public List<Due> due(OfficeId office, LocalDate today, int withinDays, Map<UUID, Person> personsById) {
        List<SupportPlan> all = plans.findByOfficeId(office.value());
        List<UUID> ids = all.stream().map(SupportPlan::id).toList();
        Map<UUID, List<SupportPlanVersion>> versionsByPlan = versions.findByPlanIdIn(ids).stream()
                .collect(Collectors.groupingBy(SupportPlanVersion::planId));
        Map<UUID, List<Monitoring>> monitoringsByPlan = monitorings.findByPlanIdIn(ids).stream()
                .collect(Collectors.groupingBy(Monitoring::planId));
        List<Due> result = new ArrayList<>();
        for (SupportPlan plan : all) {
            LocalDate last = lastReview(versionsByPlan.getOrDefault(plan.id(), List.of()), monitoringsByPlan.getOrDefault(plan.id(), List.of()));
            Person person = personsById.get(plan.personId());
            if (last == null || person == null) {
                continue;
            }
            LocalDate dueOn = MonitoringSchedule.nextDue(last, interval(plan.serviceType(), last));
            if (!dueOn.isAfter(today.plusDays(withinDays))) {
                result.add(new Due(plan.id(), new PersonId(plan.personId()), person.fullName(), person.fullNameKana(), plan.serviceType(), last,
                        dueOn, MonitoringSchedule.daysOverdue(dueOn, today)));
            }
        }
        result.sort(Comparator.comparing(Due::dueOn).thenComparing(Due::kana));
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "monitoring_due", office.value().toString()).inOffice(office)
                .withDetails("date=" + today + " results=" + result.size()));
        return result;
    }

    private SupportPlanVersion openRevision(SupportPlan plan, String by) {
        List<SupportPlanVersion> all = versions.findByPlanIdOrderByNumber(plan.id());
        SupportPlanVersion newest = all.getLast();
        if (!newest.state().locked()) {
            throw new Problem.Conflict("planning.plan.draftExists", newest.number());
        }
        return versions.save(new SupportPlanVersion(plan.id(), newest.number() + 1, newest.content(), by, clock.instant()));
    }

    private PlanView view(SupportPlan plan, Person person) {
        List<SupportPlanVersion> all = versions.findByPlanIdOrderByNumber(plan.id());
        List<Monitoring> done = monitorings.findByPlanIdOrderByMonitoredOn(plan.id());
        LocalDate last = lastReview(all, done);
        Integer months = last == null ? null : interval(plan.serviceType(), last);
        return new PlanView(plan, person, all, done, last == null ? null : MonitoringSchedule.nextDue(last, months), months);
    }

    /**
     * How many of the office's plans had their monitoring overdue on {@code date} (due before it), judged from what was
     * recorded by then: the versions delivered and the monitorings done on or before the date; a plan whose service has
     * ended (its version ENDED, as recorded now) is not counted. A count, nobody named (a municipality's statistics).
     */
    @Transactional(readOnly = true)
    public int overdueOn(OfficeId office, LocalDate date) {
        List<SupportPlan> all = plans.findByOfficeId(office.value());
        List<UUID> ids = all.stream().map(SupportPlan::id).toList();
        Map<UUID, List<SupportPlanVersion>> versionsByPlan = versions.findByPlanIdIn(ids).stream()
                .filter(v -> v.deliveredOn() != null && !v.deliveredOn().isAfter(date))
                .collect(Collectors.groupingBy(SupportPlanVersion::planId));
        Map<UUID, List<Monitoring>> monitoringsByPlan = monitorings.findByPlanIdIn(ids).stream()
                .filter(m -> !m.monitoredOn().isAfter(date))
                .collect(Collectors.groupingBy(Monitoring::planId));
        int overdue = 0;
        for (SupportPlan plan : all) {
            SupportPlanVersion latest = versionsByPlan.getOrDefault(plan.id(), List.of()).stream()
                    .max(Comparator.comparing(SupportPlanVersion::deliveredOn)).orElse(null);
            if (latest == null || latest.state() == PlanState.ENDED) {
                continue; // a plan whose service has ended is no longer monitored (judged as recorded now)
            }
            LocalDate delivered = latest.deliveredOn();
            LocalDate last = monitoringsByPlan.getOrDefault(plan.id(), List.of()).stream().map(Monitoring::monitoredOn)
                    .filter(d -> !d.isBefore(delivered)).max(Comparator.naturalOrder()).orElse(delivered);
            if (MonitoringSchedule.nextDue(last, interval(plan.serviceType(), last)).isBefore(date)) {
                overdue++;
            }
        }
        return overdue;
    }

    /**
     * The plan versions touching the period (in force on a day of it, or open and not delivered by its end), with the
     * cycle's dates; the assessment's day is filled in by the caller. See {@code PlanningQueries.planVersions}.
     */
    @Transactional(readOnly = true)
    public List<jp.tsunagu.planning.api.PlanningQueries.PlanVersionRecord> versionsBetween(OfficeId office, LocalDate from, LocalDate to) {
        List<SupportPlan> all = plans.findByOfficeId(office.value());
        Map<UUID, List<SupportPlanVersion>> byPlan = versions.findByPlanIdIn(all.stream().map(SupportPlan::id).toList()).stream()
                .collect(Collectors.groupingBy(SupportPlanVersion::planId));
        List<jp.tsunagu.planning.api.PlanningQueries.PlanVersionRecord> result = new ArrayList<>();
        for (SupportPlan plan : all) {
            List<SupportPlanVersion> list = byPlan.getOrDefault(plan.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(SupportPlanVersion::number)).toList();
            for (int i = 0; i < list.size(); i++) {
                SupportPlanVersion v = list.get(i);
                // opened: when it was entered, or earlier when a meeting or consent recorded for it was held before that
                LocalDate opened = java.util.stream.Stream.of(LocalDate.ofInstant(v.createdAt(), clock.getZone()),
                                v.meeting() == null ? null : v.meeting().heldOn(), v.consent() == null ? null : v.consent().agreedOn())
                        .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElseThrow();
                LocalDate nextDelivered = list.stream().skip(i + 1L).map(SupportPlanVersion::deliveredOn).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(null);
                boolean inForce = v.deliveredOn() != null && !v.deliveredOn().isAfter(to) && (nextDelivered == null || nextDelivered.isAfter(from));
                boolean open = v.deliveredOn() == null && v.state() != PlanState.ENDED && v.state() != PlanState.SUPERSEDED && !opened.isAfter(to);
                if (!inForce && !open) {
                    continue;
                }
                result.add(new jp.tsunagu.planning.api.PlanningQueries.PlanVersionRecord(new SupportPlanId(plan.id()), new PersonId(plan.personId()),
                        plan.serviceType(), v.number(), v.state().name(), opened, null, v.meeting() == null ? null : v.meeting().heldOn(),
                        v.consent() == null ? null : v.consent().agreedOn(), v.consent() == null ? null : v.consent().agreedBy(), v.deliveredOn()));
            }
        }
        return result;
    }

    /**
     * The monitorings due in the period after each delivery or monitoring, each with the one that met it, and the
     * monitorings recorded in it; judged from what was recorded by {@code to}. See {@code PlanningQueries.monitorings}.
     */
    @Transactional(readOnly = true)
    public List<jp.tsunagu.planning.api.PlanningQueries.MonitoringRecord> monitoringsBetween(OfficeId office, LocalDate from, LocalDate to) {
        List<SupportPlan> all = plans.findByOfficeId(office.value());
        List<UUID> ids = all.stream().map(SupportPlan::id).toList();
        Map<UUID, List<SupportPlanVersion>> versionsByPlan = versions.findByPlanIdIn(ids).stream()
                .collect(Collectors.groupingBy(SupportPlanVersion::planId));
        Map<UUID, List<Monitoring>> monitoringsByPlan = monitorings.findByPlanIdIn(ids).stream()
                .filter(m -> !m.monitoredOn().isAfter(to)).collect(Collectors.groupingBy(Monitoring::planId));
        List<jp.tsunagu.planning.api.PlanningQueries.MonitoringRecord> result = new ArrayList<>();
        Map<UUID, LocalDate> ended = new java.util.HashMap<>();
        ends.lastEnds(office.value()).forEach(r -> ended.put((UUID) r[0], (LocalDate) r[1]));
        for (SupportPlan plan : all) {
            List<SupportPlanVersion> planVersions = versionsByPlan.getOrDefault(plan.id(), List.of());
            // a plan whose service has ended is monitored until that day: a past period still shows what was due in it
            LocalDate endedOn = planVersions.stream().anyMatch(v -> v.state() == PlanState.ENDED) ? ended.get(plan.personId()) : null;
            if (endedOn == null && planVersions.stream().anyMatch(v -> v.state() == PlanState.ENDED)) {
                continue; // ended without a recorded day: not monitored
            }
            List<LocalDate> deliveries = planVersions.stream().map(SupportPlanVersion::deliveredOn).filter(java.util.Objects::nonNull)
                    .filter(d -> !d.isAfter(to)).sorted().toList();
            if (deliveries.isEmpty()) {
                continue;
            }
            List<Monitoring> done = monitoringsByPlan.getOrDefault(plan.id(), List.of()).stream()
                    .sorted(Comparator.comparing(Monitoring::monitoredOn)).toList();
            SupportPlanId planId = new SupportPlanId(plan.id());
            PersonId person = new PersonId(plan.personId());
            LocalDate last = deliveries.getFirst();
            while (!last.isAfter(to)) {
                LocalDate previous = last;
                LocalDate due = MonitoringSchedule.nextDue(previous, interval(plan.serviceType(), previous));
                if (endedOn != null && due.isAfter(endedOn)) {
                    break; // due after the service ended: not due
                }
                LocalDate nextDelivery = deliveries.stream().filter(d -> d.isAfter(previous)).findFirst().orElse(null);
                Monitoring next = done.stream().filter(m -> m.monitoredOn().isAfter(previous)).findFirst().orElse(null);
                boolean monitoringFirst = next != null && (nextDelivery == null || !next.monitoredOn().isAfter(nextDelivery));
                LocalDate reviewed = monitoringFirst ? next.monitoredOn() : nextDelivery;
                boolean late = reviewed == null ? due.isBefore(to) : reviewed.isAfter(due);
                boolean dueInPeriod = !due.isBefore(from) && !due.isAfter(to);
                boolean monitoredInPeriod = monitoringFirst && !next.monitoredOn().isBefore(from);
                if (dueInPeriod || monitoredInPeriod || (late && !due.isAfter(to) && (reviewed == null || !reviewed.isBefore(from)))) {
                    result.add(new jp.tsunagu.planning.api.PlanningQueries.MonitoringRecord(planId, person, plan.serviceType(), previous, due,
                            monitoringFirst ? next.monitoredOn() : null, monitoringFirst ? next.planVersion() : null, late));
                }
                if (reviewed == null) {
                    break;
                }
                last = reviewed;
            }
        }
        result.sort(Comparator.comparing(jp.tsunagu.planning.api.PlanningQueries.MonitoringRecord::dueOn));
        return result;
    }

    /** The later of the current delivery and the last monitoring since; null before any delivery. */
    private static LocalDate lastReview(List<SupportPlanVersion> all, List<Monitoring> done) {
        LocalDate delivered = all.stream().filter(v -> v.deliveredOn() != null && v.state() == PlanState.DELIVERED)
                .map(SupportPlanVersion::deliveredOn).max(Comparator.naturalOrder()).orElse(null);
        if (delivered == null) {
            return null;
        }
        return done.stream().map(Monitoring::monitoredOn).filter(d -> !d.isBefore(delivered))
                .max(Comparator.naturalOrder()).orElse(delivered);
    }

    private int interval(ServiceType type, LocalDate on) {
        return new MonitoringIntervals(rules.on(on)).months(type);
    }

    private Optional<SupportPlanVersion> delivered(SupportPlan plan) {
        return versions.findByPlanIdOrderByNumber(plan.id()).stream().filter(v -> v.state() == PlanState.DELIVERED).findFirst();
    }

    private SupportPlan plan(OfficeId office, UUID planId) {
        return plans.findByIdAndOfficeId(planId, office.value()).orElseThrow(() -> new Problem.NotFound("planning.plan.notFound"));
    }

    private SupportPlanVersion version(SupportPlan plan, int number) {
        return versions.findByPlanIdAndNumber(plan.id(), number).orElseThrow(() -> new Problem.NotFound("planning.plan.notFound"));
    }

    private void record(AuditEvent.Action action, SupportPlan plan, OfficeId office, String details) {
        AuditEvent event = AuditEvent.of(action, "support_plan", plan.id().toString()).inOffice(office).about(plan.personId());
        audit.record(details == null ? event : event.withDetails(details));
    }

    private static UUID tenant() {
        return TenantContext.require().value();
    }
}
