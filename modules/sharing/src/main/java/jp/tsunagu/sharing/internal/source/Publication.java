package jp.tsunagu.sharing.internal.source;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.modules.ModuleActivations;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.planning.events.MonitoringRecorded;
import jp.tsunagu.planning.events.ServiceEnded;
import jp.tsunagu.planning.events.SupportPlanDelivered;
import jp.tsunagu.sharing.internal.Category;
import jp.tsunagu.sharing.internal.SharingEvents;
import jp.tsunagu.sharing.internal.SharingEvents.Line;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Publication, never a query across tenants: when a consented record comes about at an office with the module on (a
 * plan delivered, a monitoring recorded, a service ended, a 就労選択支援 assessment completed), under the source's tenant, each consent of the person that
 * is active, linked, names the category and covers the record's date records a provision here and sends a read-only
 * snapshot to the recipient's inbox as a message of the recipient's tenant. A record outside the consent sends nothing.
 */
@Component
class Publication {
    private final SharingConsentRepository consents;
    private final SharingProvisionRepository provisions;
    private final PlanningQueries planning;
    private final jp.tsunagu.training.api.TrainingQueries training;
    private final jp.tsunagu.workspace.api.AttendanceQueries attendance;
    private final ModuleActivations modules;
    private final jp.tsunagu.tenancy.PublicOffices directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Publication(SharingConsentRepository consents, SharingProvisionRepository provisions, PlanningQueries planning,
                jp.tsunagu.training.api.TrainingQueries training, ModuleActivations modules, jp.tsunagu.tenancy.PublicOffices directory,
                AuditTrail audit, ApplicationEventPublisher events, Clock clock, jp.tsunagu.workspace.api.AttendanceQueries attendance) {
        this.attendance = attendance;
        this.training = training;
        this.directory = directory;
        this.consents = consents;
        this.provisions = provisions;
        this.planning = planning;
        this.modules = modules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SupportPlanDelivered delivered) {
        if (!modules.isEnabled(delivered.officeId(), "sharing")) {
            return;
        }
        planning.deliveredVersion(delivered.officeId(), delivered.planId(), delivered.version()).ifPresent(plan -> {
            List<Line> lines = new ArrayList<>();
            lines.add(new Line("sharing.line.planVersion", String.valueOf(plan.version())));
            lines.add(new Line("sharing.line.deliveredOn", plan.deliveredOn().toString()));
            lines.add(new Line("sharing.line.longTermGoal", plan.longTermGoal() == null ? "" : plan.longTermGoal()));
            plan.goals().forEach(g -> lines.add(new Line("sharing.line.shortTermGoal",
                    g.goal() + (g.targetDate() == null ? "" : " (" + g.targetDate() + ")"))));
            lines.add(new Line("sharing.line.nextMonitoring", delivered.nextMonitoringDue() == null ? "" : delivered.nextMonitoringDue().toString()));
            provide(delivered.officeId(), delivered.personId(), Category.PLAN, delivered.deliveredOn(), "sharing.title.PLAN", lines);
        });
    }

    @ApplicationModuleListener
    void on(MonitoringRecorded recorded) {
        if (!modules.isEnabled(recorded.officeId(), "sharing")) {
            return;
        }
        planning.monitoring(recorded.officeId(), recorded.planId(), recorded.monitoredOn()).ifPresent(m -> {
            List<Line> lines = new ArrayList<>();
            lines.add(new Line("sharing.line.monitoredOn", m.monitoredOn().toString()));
            lines.add(new Line("sharing.line.planVersion", String.valueOf(m.planVersion())));
            lines.add(new Line("sharing.line.interviewed", String.valueOf(m.interviewed()), "sharing.value." + m.interviewed()));
            m.progress().forEach(g -> lines.add(new Line("sharing.line.progress", g.goal() + ": " + (g.progress() == null ? "" : g.progress()))));
            lines.add(new Line("sharing.line.satisfaction", m.satisfaction() == null ? "" : m.satisfaction()));
            lines.add(new Line("sharing.line.wishes", m.wishes() == null ? "" : m.wishes()));
            lines.add(new Line("sharing.line.planChangeNeeded", String.valueOf(m.planChangeNeeded()), "sharing.value." + m.planChangeNeeded()));
            lines.add(new Line("sharing.line.nextMonitoring", recorded.nextMonitoringDue() == null ? "" : recorded.nextMonitoringDue().toString()));
            provide(recorded.officeId(), recorded.personId(), Category.MONITORING, recorded.monitoredOn(), "sharing.title.MONITORING", lines);
        });
    }

    @ApplicationModuleListener
    void on(ServiceEnded ended) {
        if (!modules.isEnabled(ended.officeId(), "sharing")) {
            return;
        }
        provide(ended.officeId(), ended.personId(), Category.END_OF_SERVICE, ended.endedOn(), "sharing.title.END_OF_SERVICE",
                List.of(new Line("sharing.line.endedOn", ended.endedOn().toString()),
                        new Line("sharing.line.reason", ended.reason(), ended.reason() == null ? null : "planning.end.reason." + ended.reason()),
                        new Line("sharing.line.personWords", ended.note() == null ? "" : ended.note())));
    }

    /**
     * A 就労選択支援 result: provided under a consent naming assessments only when the result itself records the
     * person's consent to its going to the consultation office (the result sheet's own consent), and only to a
     * consultation office.
     */
    @ApplicationModuleListener
    void on(jp.tsunagu.training.events.AssessmentCompleted completed) {
        if (!modules.isEnabled(completed.officeId(), "sharing")) {
            return;
        }
        training.selectionResult(completed.officeId(), completed.personId(), completed.completedOn()).filter(r -> r.shareWithConsultation())
                .ifPresent(r -> {
                    List<Line> lines = new ArrayList<>();
                    lines.add(new Line("sharing.line.assessmentPeriod", r.startedOn() + " – " + r.completedOn()));
                    lines.add(new Line("sharing.line.handedOverOn", r.handedOverOn() == null ? "" : r.handedOverOn().toString()));
                    lines.add(new Line("sharing.line.resultSummary", r.summary() == null ? "" : r.summary()));
                    lines.add(new Line("sharing.line.strengths", r.strengths() == null ? "" : r.strengths()));
                    lines.add(new Line("sharing.line.conditions", r.conditions() == null ? "" : r.conditions()));
                    r.facts().forEach(f -> lines.add(new Line("sharing.line.fact", f.statement() + (f.evidence() == null ? "" : " / " + f.evidence()))));
                    r.predictions().forEach(f -> lines.add(new Line("sharing.line.prediction", f.statement() + " / " + f.evidence())));
                    provide(completed.officeId(), completed.personId(), Category.ASSESSMENT, completed.completedOn(), "sharing.title.ASSESSMENT",
                            lines);
                });
    }

    /** The recipient's claim met a consent's offer (a message of this tenant from the recipient's). */
    @ApplicationModuleListener
    void on(SharingEvents.LinkClaimed claimed) {
        consents.find(claimed.officeId().value(), claimed.consentId()).ifPresent(c -> {
            if (c.claimed(claimed.claimId(), claimed.claimedOn())) {
                audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "sharing_consent", c.id().toString()).inOffice(claimed.officeId())
                        .about(c.personId().value()).withDetails("link claimed by " + c.recipientOfficeNumber()));
            }
        });
    }

    /**
     * A month of service records closed: each person with a consent naming attendance summaries gets the month's days
     * present, absences and hours per service type (workspace's closed figures), dated the month's last day.
     */
    @ApplicationModuleListener
    void on(jp.tsunagu.workspace.events.AttendanceMonthClosed closed) {
        if (!modules.isEnabled(closed.officeId(), "sharing")) {
            return;
        }
        java.util.Set<UUID> persons = new java.util.LinkedHashSet<>();
        consents.ofOffice(closed.officeId().value()).stream().filter(c -> c.categories().contains(Category.ATTENDANCE_SUMMARY))
                .forEach(c -> persons.add(c.personId().value()));
        for (UUID id : persons) {
            PersonId person = new PersonId(id);
            List<Line> lines = new ArrayList<>();
            lines.add(new Line("sharing.line.month", closed.month().toString()));
            for (var m : attendance.month(closed.officeId(), person, closed.month())) {
                lines.add(new Line("sharing.line.serviceType", m.serviceType().name(), "serviceType." + m.serviceType()));
                lines.add(new Line("sharing.line.daysPresent", String.valueOf(m.days())));
                lines.add(new Line("sharing.line.absences", String.valueOf(m.absences())));
                lines.add(new Line("sharing.line.hours", String.format("%d:%02d", m.minutes() / 60, m.minutes() % 60)));
            }
            if (lines.size() == 1) {
                lines.add(new Line("sharing.line.daysPresent", "0"));
            }
            provide(closed.officeId(), person, Category.ATTENDANCE_SUMMARY, closed.month().atEndOfMonth(), "sharing.title.ATTENDANCE_SUMMARY",
                    lines);
        }
    }

    /** A handover saved at an office with the module on: provided whole, to consents naming handovers. */
    @ApplicationModuleListener
    void on(SharingEvents.HandoverUpdated updated) {
        if (modules.isEnabled(updated.officeId(), "sharing")) {
            provide(updated.officeId(), updated.personId(), Category.HANDOVER, updated.updatedOn(), "sharing.title.HANDOVER", updated.lines(),
                    updated.document());
        }
    }

    private void provide(OfficeId office, PersonId person, Category category, LocalDate recordDate, String title, List<Line> lines) {
        provide(office, person, category, recordDate, title, lines, null);
    }

    private void provide(OfficeId office, PersonId person, Category category, LocalDate recordDate, String title, List<Line> lines,
                         String document) {
        LocalDate today = LocalDate.now(clock);
        for (SharingConsent c : consents.ofPerson(office.value(), person.value())) {
            if (!c.provides(category, recordDate) || today.isAfter(c.validTo())) {
                continue;
            }
            if (category == Category.ASSESSMENT
                    && !directory.find(c.recipientTenant(), c.recipientOffice()).map(jp.tsunagu.tenancy.PublicOffices.Entry::consultation).orElse(false)) {
                continue; // the result records the consent to hand it to the consultation office, and to no one else
            }
            SharingProvision p = provisions.save(new SharingProvision(office, c.id(), person, category, today, recordDate, title,
                    c.recipientOfficeName(), "sharing", clock.instant()));
            audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, "sharing_provision", p.id().toString()).inOffice(office).about(person.value())
                    .withDetails(category + " of " + recordDate + " to " + c.recipientOfficeNumber()));
            events.publishEvent(new SharingEvents.SnapshotProvided(c.recipientTenant(), c.recipientOffice(), c.id(), p.id(), category, today,
                    recordDate, title, lines, document));
        }
    }
}
