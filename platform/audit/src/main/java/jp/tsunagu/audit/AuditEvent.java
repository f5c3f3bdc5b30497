package jp.tsunagu.audit;

import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;

/**
 * What happened, to be recorded: the action on a resource (and its id), the office and the person whose
 * data it is, the outcome. Time, user, tenant, request id and purpose are added by the trail: the user, request id and
 * purpose those of the current thread, unless the event carries an {@link AuditActor} taken on the thread that served
 * the request ({@link #by}), for work that another thread finishes.
 */
public record AuditEvent(Action action, String resource, String resourceId, OfficeId office, UUID subjectPerson,
                         Outcome outcome, String details, AuditActor actor) {

    public static AuditEvent of(Action action, String resource, String resourceId) {
        return new AuditEvent(action, resource, resourceId, null, null, Outcome.SUCCESS, null, null);
    }

    public AuditEvent inOffice(OfficeId office) {
        return new AuditEvent(action, resource, resourceId, office, subjectPerson, outcome, details, actor);
    }

    public AuditEvent about(UUID person) {
        return new AuditEvent(action, resource, resourceId, office, person, outcome, details, actor);
    }

    public AuditEvent withDetails(String details) {
        return new AuditEvent(action, resource, resourceId, office, subjectPerson, outcome, details, actor);
    }

    public AuditEvent withOutcome(Outcome outcome) {
        return new AuditEvent(action, resource, resourceId, office, subjectPerson, outcome, details, actor);
    }

    /** Done by {@code actor} (see {@link AuditTrail#actor()}), not by whoever the recording thread works for. */
    public AuditEvent by(AuditActor actor) {
        return new AuditEvent(action, resource, resourceId, office, subjectPerson, outcome, details, actor);
    }

    /** What was done. */
    public enum Action { READ, CREATE, UPDATE, DELETE, EXPORT, ASSIGN }

    /** How it ended. */
    public enum Outcome { SUCCESS, DENIED, FAILED }
}
