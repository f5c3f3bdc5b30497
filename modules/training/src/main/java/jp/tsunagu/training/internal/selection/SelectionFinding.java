package jp.tsunagu.training.internal.selection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * A finding of an assessment: a FACT (seen, or known from a record) kept apart from a PREDICTION (what is expected
 * of the person at work), each with its evidence; a prediction without evidence is refused naming {@code evidence}.
 */
@Entity
@Table(name = "selection_finding")
class SelectionFinding extends TenantOwnedEntity {
    enum Kind { FACT, PREDICTION }

    private UUID assessmentId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String statement;
    private String evidence;

    protected SelectionFinding() {
    }

    SelectionFinding(UUID assessmentId, Kind kind, String statement, String evidence, String by, Instant at) {
        super(by, at);
        if (kind == Kind.PREDICTION && (evidence == null || evidence.isBlank())) {
            throw new Problem.Invalid("evidence", "training.selection.predictionWithoutEvidence");
        }
        this.assessmentId = assessmentId;
        this.kind = kind;
        this.statement = statement.strip();
        this.evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
    }

    Kind kind() {
        return kind;
    }

    String statement() {
        return statement;
    }

    String evidence() {
        return evidence;
    }
}
