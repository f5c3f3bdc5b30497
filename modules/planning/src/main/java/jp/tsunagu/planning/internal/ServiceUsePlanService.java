package jp.tsunagu.planning.internal;

import jp.tsunagu.kernel.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.internal.domain.MonitoringSchedule;
import jp.tsunagu.planning.internal.domain.ServiceUseMonitoring;
import jp.tsunagu.planning.internal.domain.ServiceUsePlan;
import jp.tsunagu.planning.internal.persistence.ServiceUseMonitoringRepository;
import jp.tsunagu.planning.internal.persistence.ServiceUsePlanRepository;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** サービス等利用計画 of a consultation office: draft, final with consent, monitoring by its own period. */
@Service
public class ServiceUsePlanService {
    static final String PERIODS = "service-use-plan-monitoring";

    private final ServiceUsePlanRepository plans;
    private final ServiceUseMonitoringRepository monitorings;
    private final PersonService persons;
    private final Offices offices;
    private final Rules rules;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceUsePlanService(ServiceUsePlanRepository plans, ServiceUseMonitoringRepository monitorings, PersonService persons,
                          Offices offices, Rules rules, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.monitorings = monitorings;
        this.persons = persons;
        this.offices = offices;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** A plan with its monitorings and the next monitoring due (null while it is a draft). */
    public record View(ServiceUsePlan plan, List<ServiceUseMonitoring> monitorings, LocalDate nextMonitoringDue) {
    }

    @Transactional
    public View draft(OfficeId office, PersonId personId, String certificateNumber, String author, LocalDate draftedOn,
                      int monitoringMonths, ServiceUsePlan.Content content, String by) {
        persons.served(office, personId);
        if (offices.find(office).filter(o -> o.offers(ServiceType.CONSULTATION)).isEmpty()) {
            throw new Problem.Invalid("officeId", "planning.useplan.notConsultation");
        }
        checkPeriod(monitoringMonths, draftedOn);
        ServiceUsePlan plan = plans.save(new ServiceUsePlan(personId.value(), office.value(), certificateNumber, author, draftedOn,
                monitoringMonths, content, by, clock.instant()));
        record(AuditEvent.Action.CREATE, plan, office, "draft");
        return view(plan);
    }

    @Transactional // writes its audit record
    public View read(OfficeId office, UUID planId) {
        ServiceUsePlan plan = plan(office, planId);
        record(AuditEvent.Action.READ, plan, office, null);
        return view(plan);
    }

    @Transactional // writes its audit record
    public List<View> ofPerson(OfficeId office, PersonId personId) {
        persons.served(office, personId);
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "service_use_plan", "person:" + personId).inOffice(office).about(personId.value()));
        return plans.ofPerson(office.value(), personId.value()).stream().map(this::view).toList();
    }

    @Transactional
    public View edit(OfficeId office, UUID planId, String author, int monitoringMonths, ServiceUsePlan.Content content) {
        ServiceUsePlan plan = plan(office, planId);
        checkPeriod(monitoringMonths, plan.draftedOn());
        plan.edit(author, monitoringMonths, content, clock.instant());
        record(AuditEvent.Action.UPDATE, plan, office, "content");
        return view(plan);
    }

    @Transactional
    public View finalise(OfficeId office, UUID planId, String agreedBy, LocalDate agreedOn) {
        ServiceUsePlan plan = plan(office, planId);
        plan.finalise(agreedBy, agreedOn, clock.instant());
        record(AuditEvent.Action.UPDATE, plan, office, "final agreed=" + agreedOn);
        return view(plan);
    }

    @Transactional
    public View monitor(OfficeId office, UUID planId, LocalDate on, boolean interviewed, String notes, boolean change, String by) {
        ServiceUsePlan plan = plan(office, planId);
        if (!plan.isFinal()) {
            throw new Problem.Conflict("planning.useplan.notFinal");
        }
        if (on.isBefore(plan.agreedOn())) {
            throw new Problem.Invalid("monitoredOn", "planning.monitoring.beforeDelivery", plan.agreedOn());
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new Problem.Invalid("monitoredOn", "planning.monitoring.future");
        }
        monitorings.save(new ServiceUseMonitoring(plan.id(), on, interviewed, notes, change, by, clock.instant()));
        record(AuditEvent.Action.CREATE, plan, office, "monitoring=" + on);
        return view(plan);
    }

    private void checkPeriod(int months, LocalDate on) {
        try {
            rules.on(on).row(PERIODS, months);
        } catch (RuleNotFound e) {
            throw new Problem.Invalid("monitoringMonths", "planning.useplan.period", months,
                    String.join(", ", rules.on(on).rows(PERIODS).stream().map(r -> String.valueOf(r.integer("months"))).toList()));
        }
    }

    private View view(ServiceUsePlan plan) {
        List<ServiceUseMonitoring> done = monitorings.ofPlan(plan.id());
        if (!plan.isFinal()) {
            return new View(plan, done, null);
        }
        LocalDate last = done.stream().map(ServiceUseMonitoring::monitoredOn).max(Comparator.naturalOrder())
                .filter(d -> d.isAfter(plan.agreedOn())).orElse(plan.agreedOn());
        return new View(plan, done, MonitoringSchedule.nextDue(last, plan.monitoringMonths()));
    }

    private ServiceUsePlan plan(OfficeId office, UUID id) {
        return plans.find(office.value(), id).orElseThrow(() -> new Problem.NotFound("planning.useplan.notFound"));
    }

    private void record(AuditEvent.Action action, ServiceUsePlan plan, OfficeId office, String details) {
        AuditEvent e = AuditEvent.of(action, "service_use_plan", plan.id().toString()).inOffice(office).about(plan.personId());
        audit.record(details == null ? e : e.withDetails(details));
    }
}
