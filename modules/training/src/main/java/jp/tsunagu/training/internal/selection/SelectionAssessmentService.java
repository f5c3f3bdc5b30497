package jp.tsunagu.training.internal.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.EmploymentSelectionSupport;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.training.events.AssessmentCompleted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 就労選択支援's assessments: started for a person served for 就労選択支援 that day, for a period of at most the rule's
 * months ({@code employment-selection-support.maxMonths}); observations; findings, facts kept apart from predictions
 * with their evidence; strengths and the conditions that help; the case meeting; the completion, after which the
 * assessment is final and {@link AssessmentCompleted} is published; the result sheet (評価及び整理). Every read and
 * write is audited about the person, the sheet as an export.
 */
@Service
class SelectionAssessmentService {
    static final String RESOURCE = "selection_assessment";

    private final SelectionAssessmentRepository assessments;
    private final SelectionObservationRepository observations;
    private final SelectionFindingRepository findings;
    private final PlanningQueries planning;
    private final Rules rules;
    private final Offices offices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SelectionResultSheet sheet;
    private final Clock clock;

    SelectionAssessmentService(SelectionAssessmentRepository assessments, SelectionObservationRepository observations,
                               SelectionFindingRepository findings, PlanningQueries planning, Rules rules, Offices offices, AuditTrail audit,
                               ApplicationEventPublisher events, SelectionResultSheet sheet, Clock clock) {
        this.assessments = assessments;
        this.observations = observations;
        this.findings = findings;
        this.planning = planning;
        this.rules = rules;
        this.offices = offices;
        this.audit = audit;
        this.events = events;
        this.sheet = sheet;
        this.clock = clock;
    }

    /** An observation as recorded. */
    record Observation(UUID id, LocalDate observedOn, String task, String seen, String evidence) {
        static Observation of(SelectionObservation o) {
            return new Observation(o.id(), o.observedOn(), o.task(), o.seen(), o.evidence());
        }
    }

    /** A finding as recorded: FACT or PREDICTION, with its evidence. */
    record Finding(UUID id, String kind, String statement, String evidence) {
        static Finding of(SelectionFinding f) {
            return new Finding(f.id(), f.kind().name(), f.statement(), f.evidence());
        }
    }

    /** An assessment with the person's name and kana, the rule's usual and longest months, its observations and findings. */
    record Assessment(UUID id, PersonId person, String name, String kana, LocalDate startedOn, LocalDate periodEnd, int usualMonths,
                      int maxMonths, String status, String strengths, String conditions, LocalDate meetingOn, String meetingParticipants,
                      String meetingSummary, LocalDate completedOn, LocalDate handedOverOn, String resultSummary, Boolean shareWithConsultation,
                      List<Observation> observations, List<Finding> facts, List<Finding> predictions) {
        public boolean completed() {
            return SelectionAssessment.Status.COMPLETED.name().equals(status);
        }
    }

    /** Starts an assessment: the person served for 就労選択支援 that day, the period within the rule's longest. */
    @Transactional
    public Assessment start(OfficeId office, PersonId person, LocalDate startedOn, LocalDate periodEnd, String by) {
        offices.require(office);
        if (!planning.hasValidContract(office, person, ServiceType.EMPLOYMENT_SELECTION, startedOn)) {
            throw new Problem.Invalid("startedOn", "training.selection.notServed", startedOn);
        }
        EmploymentSelectionSupport rule = new EmploymentSelectionSupport(rules.on(startedOn));
        LocalDate longest = startedOn.plusMonths(rule.maxMonths()).minusDays(1);
        if (periodEnd.isBefore(startedOn) || periodEnd.isAfter(longest)) {
            throw new Problem.Invalid("periodEnd", "training.selection.periodTooLong", periodEnd, startedOn, rule.maxMonths(), longest,
                    rule.usualMonths());
        }
        if (assessments.openFor(office.value(), person.value())) {
            throw new Problem.Invalid("personId", "training.selection.alreadyOpen");
        }
        SelectionAssessment a = assessments.save(new SelectionAssessment(office, person, startedOn, periodEnd, by, clock.instant()));
        write(AuditEvent.Action.CREATE, office, a, "startedOn=" + startedOn + " periodEnd=" + periodEnd);
        return view(office, a);
    }

    /** Every assessment of the office, the latest first; audited about each person. */
    @Transactional
    public List<Assessment> list(OfficeId office) {
        offices.require(office);
        List<Assessment> all = assessments.ofOffice(office.value()).stream().map(a -> view(office, a)).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, RESOURCE, office.value().toString()).inOffice(office)
                .withDetails("assessments=" + all.size());
        audit.recordAll(all.isEmpty() ? List.of(read) : all.stream().map(a -> read.about(a.person().value())).toList());
        return all;
    }

    /** One assessment with its observations and findings; audited about the person. */
    @Transactional
    public Assessment get(OfficeId office, UUID id) {
        offices.require(office);
        SelectionAssessment a = require(office, id);
        audit.record(AuditEvent.of(AuditEvent.Action.READ, RESOURCE, id.toString()).inOffice(office).about(a.personId().value()));
        return view(office, a);
    }

    @Transactional
    public Assessment observe(OfficeId office, UUID id, LocalDate on, String task, String seen, String evidence, String by) {
        offices.require(office);
        SelectionAssessment a = require(office, id);
        a.requireOpen();
        a.requireInPeriod("observedOn", on);
        SelectionObservation o = observations.save(new SelectionObservation(a.id(), on, task, seen, evidence, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "selection_observation", o.id().toString()).inOffice(office)
                .about(a.personId().value()).withDetails("assessment=" + id + " on=" + on));
        return view(office, a);
    }

    @Transactional
    public Assessment find(OfficeId office, UUID id, SelectionFinding.Kind kind, String statement, String evidence, String by) {
        offices.require(office);
        SelectionAssessment a = require(office, id);
        a.requireOpen();
        SelectionFinding f = findings.save(new SelectionFinding(a.id(), kind, statement, evidence, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "selection_finding", f.id().toString()).inOffice(office)
                .about(a.personId().value()).withDetails("assessment=" + id + " kind=" + kind));
        return view(office, a);
    }

    /** The strengths and the conditions that help (replacing those recorded). */
    @Transactional
    public Assessment describe(OfficeId office, UUID id, String strengths, String conditions, String by) {
        offices.require(office);
        SelectionAssessment a = require(office, id);
        a.describe(strengths, conditions);
        assessments.save(a);
        write(AuditEvent.Action.UPDATE, office, a, "strengths and conditions by " + by);
        return view(office, a);
    }

    /** The case meeting with the agencies involved (replacing the one recorded). */
    @Transactional
    public Assessment meeting(OfficeId office, UUID id, LocalDate on, String participants, String summary, String by) {
        offices.require(office);
        SelectionAssessment a = require(office, id);
        a.meeting(on, participants, summary);
        assessments.save(a);
        write(AuditEvent.Action.UPDATE, office, a, "meeting=" + on + " by " + by);
        return view(office, a);
    }

    /** Completes the assessment (final from now on) and announces it: {@link AssessmentCompleted}. */
    @Transactional
    public Assessment complete(OfficeId office, UUID id, LocalDate on, LocalDate handedOverOn, String summary, boolean share, String by) {
        offices.require(office);
        SelectionAssessment a = require(office, id);
        a.requireOpen();
        if (observations.of(a.id()).isEmpty()) {
            throw new Problem.Invalid("observations", "training.selection.noObservations");
        }
        if (on.isAfter(LocalDate.now(clock))) { // a result dated ahead would pass planning's check for contracts not yet due
            throw new Problem.Invalid("completedOn", "training.selection.completedAhead", on);
        }
        a.complete(on, handedOverOn, summary, share);
        assessments.save(a);
        write(AuditEvent.Action.UPDATE, office, a, "completed=" + on + " share=" + share + " by " + by);
        events.publishEvent(new AssessmentCompleted(TenantContext.require(), office, a.personId(), on));
        return view(office, a);
    }

    /** A download: the file's name and bytes. */
    record Download(String filename, byte[] content) {
    }

    /** The result sheet (評価及び整理) of a completed assessment, in {@code locale}; audited as an export about the person. */
    @Transactional
    public Download resultSheet(OfficeId office, UUID id, Locale locale) {
        OfficeSummary summary = offices.require(office);
        SelectionAssessment a = require(office, id);
        if (a.status() != SelectionAssessment.Status.COMPLETED) {
            throw new Problem.Invalid("assessmentId", "training.selection.notCompleted");
        }
        Assessment view = view(office, a);
        byte[] pdf = sheet.render(new SelectionResultSheet.View(summary.name(), summary.officeNumber(), view), locale);
        audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, "selection_result_sheet", id.toString()).inOffice(office)
                .about(a.personId().value()).withDetails("completedOn=" + a.completedOn()));
        return new Download("shuro-sentaku-hyoka-" + a.completedOn() + ".pdf", pdf);
    }

    /** The persons served for 就労選択支援 on {@code day}, for the start form, by kana; audited about each. */
    @Transactional
    public List<PlanningQueries.ServedPerson> served(OfficeId office, LocalDate day) {
        offices.require(office);
        List<PlanningQueries.ServedPerson> persons = planning.servedOn(office, day).stream()
                .filter(p -> p.serviceTypes().contains(ServiceType.EMPLOYMENT_SELECTION))
                .sorted(Comparator.comparing(PlanningQueries.ServedPerson::kana)).toList();
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "person", office.value().toString()).inOffice(office)
                .withDetails("employment selection persons=" + persons.size());
        audit.recordAll(persons.isEmpty() ? List.of(read) : persons.stream().map(p -> read.about(p.personId().value())).toList());
        return persons;
    }

    private SelectionAssessment require(OfficeId office, UUID id) {
        return assessments.find(office.value(), id).orElseThrow(() -> new Problem.NotFound("training.selection.notFound", id));
    }

    private void write(AuditEvent.Action action, OfficeId office, SelectionAssessment a, String details) {
        audit.record(AuditEvent.of(action, RESOURCE, a.id().toString()).inOffice(office).about(a.personId().value()).withDetails(details));
    }

    private Assessment view(OfficeId office, SelectionAssessment a) {
        var served = planning.served(office, a.personId(), a.startedOn());
        EmploymentSelectionSupport rule = new EmploymentSelectionSupport(rules.on(a.startedOn()));
        List<Finding> all = findings.of(a.id()).stream().map(Finding::of).toList();
        return new Assessment(a.id(), a.personId(), served.map(PlanningQueries.ServedPerson::name).orElse("-"),
                served.map(PlanningQueries.ServedPerson::kana).orElse("-"), a.startedOn(), a.periodEnd(), rule.usualMonths(), rule.maxMonths(),
                a.status().name(), a.strengths(), a.helpfulConditions(), a.meetingOn(), a.meetingParticipants(), a.meetingSummary(),
                a.completedOn(), a.handedOverOn(), a.resultSummary(), a.shareWithConsultation(),
                observations.of(a.id()).stream().map(Observation::of).toList(),
                all.stream().filter(f -> f.kind().equals("FACT")).toList(), all.stream().filter(f -> f.kind().equals("PREDICTION")).toList());
    }
}
