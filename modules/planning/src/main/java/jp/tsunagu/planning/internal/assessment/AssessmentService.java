package jp.tsunagu.planning.internal.assessment;

import jp.tsunagu.kernel.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.planning.internal.PersonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** アセスメント of a person by an office; each read and write audited, restricted results only when allowed. */
@Service
public class AssessmentService {
    private final AssessmentRepository assessments;
    private final PersonService persons;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, PersonService persons, AuditTrail audit, Clock clock) {
        this.assessments = assessments;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Assessment record(OfficeId office, PersonId personId, LocalDate interviewedOn, String assessor, boolean purposeExplained,
                             AssessmentSheet sheet, List<Assessment.TestResult> results, String by) {
        persons.served(office, personId);
        Assessment a = assessments.save(new Assessment(personId.value(), office.value(), interviewedOn, assessor, purposeExplained, sheet,
                results, LocalDate.now(clock), by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "assessment", a.id().toString()).inOffice(office).about(personId.value())
                .withDetails(results.isEmpty() ? null : "restricted results: " + results.size()));
        return a;
    }

    /** The person's assessments at the office, newest first; {@code restricted} says whether test results are read. */
    @Transactional // writes its audit record
    public List<Assessment> list(OfficeId office, PersonId personId, boolean restricted) {
        persons.served(office, personId);
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "assessment", "person:" + personId).inOffice(office).about(personId.value())
                .withDetails(restricted ? "with restricted results" : null));
        return assessments.ofPerson(office.value(), personId.value());
    }

    @Transactional // writes its audit record
    public Assessment read(OfficeId office, PersonId personId, UUID id, boolean restricted) {
        persons.served(office, personId);
        Assessment a = assessments.find(office.value(), personId.value(), id).orElseThrow(() -> new Problem.NotFound("planning.assessment.notFound"));
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "assessment", id.toString()).inOffice(office).about(personId.value())
                .withDetails(restricted ? "with restricted results" : null));
        return a;
    }
}
