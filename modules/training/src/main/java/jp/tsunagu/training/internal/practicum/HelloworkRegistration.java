package jp.tsunagu.training.internal.practicum;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A person's registration (求職登録) at a ハローワーク: the day, which ハローワーク, the number. */
@Entity
@Table(name = "hellowork_registration")
class HelloworkRegistration extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private LocalDate registeredOn;
    private String helloworkOffice;
    private String registrationNumber;

    protected HelloworkRegistration() {
    }

    HelloworkRegistration(OfficeId office, PersonId person, LocalDate registeredOn, String helloworkOffice, String number, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.registeredOn = registeredOn;
        this.helloworkOffice = helloworkOffice.strip();
        this.registrationNumber = number.strip();
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    LocalDate registeredOn() {
        return registeredOn;
    }

    String helloworkOffice() {
        return helloworkOffice;
    }

    String registrationNumber() {
        return registrationNumber;
    }
}
