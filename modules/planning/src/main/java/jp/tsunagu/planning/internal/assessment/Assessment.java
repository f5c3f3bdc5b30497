package jp.tsunagu.planning.internal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * アセスメント: the office interviewed the person (and explained why: required), by an assessor, with the
 * structured sheet; test results such as WAIS/WISC are restricted fields read only with their own privilege.
 */
@Entity
@Table(name = "assessment")
public class Assessment {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private UUID personId;
    private UUID officeId;
    private LocalDate interviewedOn;
    private String assessor;
    private boolean purposeExplained;

    @JdbcTypeCode(SqlTypes.JSON)
    private AssessmentSheet sheet;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<TestResult> restrictedResults = new ArrayList<>();

    private Instant createdAt;
    private String createdBy;

    protected Assessment() {
    }

    public Assessment(UUID personId, UUID officeId, LocalDate interviewedOn, String assessor, boolean purposeExplained,
                      AssessmentSheet sheet, List<TestResult> results, LocalDate today, String by, Instant at) {
        if (!purposeExplained) {
            throw new Problem.Invalid("purposeExplained", "planning.assessment.purposeNotExplained");
        }
        if (interviewedOn.isAfter(today)) {
            throw new Problem.Invalid("interviewedOn", "planning.assessment.future");
        }
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.officeId = officeId;
        this.interviewedOn = interviewedOn;
        this.assessor = assessor;
        this.purposeExplained = true;
        this.sheet = sheet;
        this.restrictedResults = new ArrayList<>(results);
        this.createdBy = by;
        this.createdAt = at;
    }

    /** A test result (WAIS-IV, WISC-V, …): the test, when, the scores as written, and a note. */
    public record TestResult(String test, LocalDate takenOn, String scores, String note) {
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public LocalDate interviewedOn() {
        return interviewedOn;
    }

    public String assessor() {
        return assessor;
    }

    public boolean purposeExplained() {
        return purposeExplained;
    }

    public AssessmentSheet sheet() {
        return sheet;
    }

    public List<TestResult> restrictedResults() {
        return List.copyOf(restrictedResults);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
