package jp.tsunagu.planning.internal.assessment;

import jp.tsunagu.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * アセスメント: the office interviewed the person (and explained why: required), by an assessor, with the
 * structured sheet; test results such as WAIS/WISC are restricted fields read only with their own privilege.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends TenantOwnedEntity {
    private UUID personId;
    private UUID officeId;
    private LocalDate interviewedOn;
    private String assessor;
    private boolean purposeExplained;

    @JdbcTypeCode(SqlTypes.JSON)
    private AssessmentSheet sheet;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<TestResult> restrictedResults = new ArrayList<>();

    protected Assessment() {
    }

    public Assessment(UUID personId, UUID officeId, LocalDate interviewedOn, String assessor, boolean purposeExplained,
                      AssessmentSheet sheet, List<TestResult> results, LocalDate today, String by, Instant at) {
        super(by, at);
        if (!purposeExplained) {
            throw new Problem.Invalid("purposeExplained", "planning.assessment.purposeNotExplained");
        }
        if (interviewedOn.isAfter(today)) {
            throw new Problem.Invalid("interviewedOn", "planning.assessment.future");
        }
        this.personId = personId;
        this.officeId = officeId;
        this.interviewedOn = interviewedOn;
        this.assessor = assessor;
        this.purposeExplained = true;
        this.sheet = sheet;
        this.restrictedResults = new ArrayList<>(results);
    }

    /** A test result (WAIS-IV, WISC-V, …): the test, when, the scores as written, and a note. */
    public record TestResult(String test, LocalDate takenOn, String scores, String note) {
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

}
