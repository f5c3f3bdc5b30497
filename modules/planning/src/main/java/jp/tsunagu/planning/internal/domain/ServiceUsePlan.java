package jp.tsunagu.planning.internal.domain;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * サービス等利用計画 (案): a consultation office's plan for a person: draft, then final once the person agreed;
 * a final plan never changes. Its monitoring period (months) is one the rules allow.
 */
@Entity
@Table(name = "service_use_plan")
public class ServiceUsePlan extends TenantOwnedEntity {
    private UUID personId;
    private UUID officeId;
    private String certificateNumber;
    private String author;
    private LocalDate draftedOn;
    private int monitoringMonths;
    private String state;

    @JdbcTypeCode(SqlTypes.JSON)
    private Content content;

    private String agreedBy;
    private LocalDate agreedOn;
    private Instant updatedAt;

    protected ServiceUsePlan() {
    }

    public ServiceUsePlan(UUID personId, UUID officeId, String certificateNumber, String author, LocalDate draftedOn,
                          int monitoringMonths, Content content, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.officeId = officeId;
        this.certificateNumber = certificateNumber;
        this.author = author;
        this.draftedOn = draftedOn;
        this.monitoringMonths = monitoringMonths;
        this.content = content;
        this.state = "DRAFT";
        this.updatedAt = at;
    }

    /**
     * The plan's content: wishes, overall policy, goals, and rows of priority · issue · support goal · target
     * period · service (type, content, amount) · the person's own role · evaluation date · notes.
     */
    public record Content(String personWishes, String familyWishes, String overallPolicy, String longTermGoal,
                          String shortTermGoal, List<Row> rows) {
        public Content {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    public record Row(int priority, String issue, String goal, String targetPeriod, String service, String personRole,
                      LocalDate evaluationDate, String notes) {
    }

    public void edit(String author, int monitoringMonths, Content content, Instant at) {
        requireDraft();
        this.author = author;
        this.monitoringMonths = monitoringMonths;
        this.content = content;
        this.updatedAt = at;
    }

    /** The person agreed (署名): the plan is final and never changes again. */
    public void finalise(String agreedBy, LocalDate agreedOn, Instant at) {
        requireDraft();
        if (agreedOn.isBefore(draftedOn)) {
            throw new Problem.Invalid("agreedOn", "planning.useplan.agreedBeforeDraft", draftedOn);
        }
        this.agreedBy = agreedBy;
        this.agreedOn = agreedOn;
        this.state = "FINAL";
        this.updatedAt = at;
    }

    private void requireDraft() {
        if (isFinal()) {
            throw new Problem.Conflict("planning.useplan.final");
        }
    }

    public boolean isFinal() {
        return "FINAL".equals(state);
    }

    public UUID personId() {
        return personId;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public String author() {
        return author;
    }

    public LocalDate draftedOn() {
        return draftedOn;
    }

    public int monitoringMonths() {
        return monitoringMonths;
    }

    public String state() {
        return state;
    }

    public Content content() {
        return content;
    }

    public String agreedBy() {
        return agreedBy;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }
}
