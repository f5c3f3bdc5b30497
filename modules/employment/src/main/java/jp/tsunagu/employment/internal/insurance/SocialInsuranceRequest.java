package jp.tsunagu.employment.internal.insurance;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A 特定減額特例対象者's own request to join social insurance, or to leave it again. */
@Entity
@Table(name = "social_insurance_request")
class SocialInsuranceRequest extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private LocalDate requestedOn;
    private boolean joining;

    protected SocialInsuranceRequest() {
    }

    SocialInsuranceRequest(OfficeId office, PersonId person, LocalDate requestedOn, boolean joining, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.requestedOn = requestedOn;
        this.joining = joining;
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    LocalDate requestedOn() {
        return requestedOn;
    }

    boolean joining() {
        return joining;
    }
}
