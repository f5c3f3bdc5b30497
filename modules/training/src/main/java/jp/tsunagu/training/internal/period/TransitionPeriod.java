package jp.tsunagu.training.internal.period;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A person's use of 就労移行支援 at an office: its first day, from which the usage period runs. */
@Entity
@Table(name = "transition_period")
class TransitionPeriod extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private LocalDate firstDay;

    protected TransitionPeriod() {
    }

    TransitionPeriod(OfficeId office, PersonId person, LocalDate firstDay, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.firstDay = firstDay;
    }

    void correctFirstDay(LocalDate day) {
        this.firstDay = day;
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    LocalDate firstDay() {
        return firstDay;
    }
}
