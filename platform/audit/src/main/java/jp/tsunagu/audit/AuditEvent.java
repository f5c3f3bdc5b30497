package jp.tsunagu.audit;

import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;

/**
 * What happened, to be recorded: the action on a resource (and its id), the office and the person whose
 * data it is, the outcome. Time, user, tenant, request id and purpose are added by the trail.
 */
public record AuditEvent(Action action, String resource, String resourceId, OfficeId office, UUID subjectPerson,
                         Outcome outcome, String details) {

    public static AuditEvent of(Action action, String resource, String resourceId) {
        return new AuditEvent(action, resource, resourceId, null, null, Outcome.SUCCESS, null);
    }

    public AuditEvent inOffice(OfficeId office) {
        return new AuditEvent(action, resource, resourceId, office, subjectPerson, outcome, details);
    }

    public AuditEvent about(UUID person) {
        return new AuditEvent(action, resource, resourceId, office, person, outcome, details);
    }

    public AuditEvent withDetails(String details) {
        return new AuditEvent(action, resource, resourceId, office, subjectPerson, outcome, details);
    }

    public AuditEvent withOutcome(Outcome outcome) {
        return new AuditEvent(action, resource, resourceId, office, subjectPerson, outcome, details);
    }

    /** What was done. */
    public enum Action { READ, CREATE, UPDATE, DELETE, EXPORT, ASSIGN }

    /** How it ended. */
    public enum Outcome { SUCCESS, DENIED, FAILED }
}
