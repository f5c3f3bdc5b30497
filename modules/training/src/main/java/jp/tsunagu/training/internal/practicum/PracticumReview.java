package jp.tsunagu.training.internal.practicum;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** The monthly review of the support plan against the practicum: the month, the day, the review, the next steps. */
@Entity
@Table(name = "practicum_review")
class PracticumReview extends TenantOwnedEntity {
    private UUID practicumId;
    private LocalDate reviewMonth;
    private LocalDate reviewedOn;
    private String review;
    private String nextSteps;

    protected PracticumReview() {
    }

    PracticumReview(UUID practicumId, YearMonth month, LocalDate reviewedOn, String review, String nextSteps, String by, Instant at) {
        super(by, at);
        this.practicumId = practicumId;
        this.reviewMonth = month.atDay(1);
        this.reviewedOn = reviewedOn;
        this.review = review.strip();
        this.nextSteps = Texts.orNull(nextSteps);
    }

    UUID practicumId() {
        return practicumId;
    }

    YearMonth month() {
        return YearMonth.from(reviewMonth);
    }

    LocalDate reviewedOn() {
        return reviewedOn;
    }

    String review() {
        return review;
    }

    String nextSteps() {
        return nextSteps;
    }
}
