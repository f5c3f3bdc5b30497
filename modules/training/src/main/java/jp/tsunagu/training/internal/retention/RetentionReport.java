package jp.tsunagu.training.internal.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * The monthly support report (支援レポート): the month's support, its issues and next steps, whether the month had a
 * face-to-face contact, and the days it was shared with the person and (with consent) the employer.
 */
@Entity
@Table(name = "retention_report")
class RetentionReport extends TenantOwnedEntity {
    private UUID officeId;
    private UUID supportId;
    private UUID personId;
    @Column(name = "report_month")
    private LocalDate month;
    private String supportGiven;
    private String issues;
    private String nextSteps;
    private boolean faceToFace;
    private LocalDate sharedWithPersonOn;
    private LocalDate sharedWithEmployerOn;

    protected RetentionReport() {
    }

    RetentionReport(RetentionSupport support, YearMonth month, String by, Instant at) {
        super(by, at);
        this.officeId = support.officeId().value();
        this.supportId = support.id();
        this.personId = support.personId().value();
        this.month = month.atDay(1);
    }

    void write(String supportGiven, String issues, String nextSteps, boolean faceToFace, LocalDate sharedWithPersonOn,
               LocalDate sharedWithEmployerOn) {
        this.supportGiven = supportGiven.strip();
        this.issues = RetentionContact.blankless(issues);
        this.nextSteps = RetentionContact.blankless(nextSteps);
        this.faceToFace = faceToFace;
        this.sharedWithPersonOn = sharedWithPersonOn;
        this.sharedWithEmployerOn = sharedWithEmployerOn;
    }

    UUID supportId() {
        return supportId;
    }

    YearMonth month() {
        return YearMonth.from(month);
    }

    String supportGiven() {
        return supportGiven;
    }

    String issues() {
        return issues;
    }

    String nextSteps() {
        return nextSteps;
    }

    boolean faceToFace() {
        return faceToFace;
    }

    LocalDate sharedWithPersonOn() {
        return sharedWithPersonOn;
    }

    LocalDate sharedWithEmployerOn() {
        return sharedWithEmployerOn;
    }
}
