package jp.tsunagu.training.internal.practicum;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * A company of the tenant's directory (企業台帳), shared by all its offices: name (unique in the tenant), address,
 * contact person, phone, industry, note. Practicums, job applications and job development name it.
 */
@Entity
@Table(name = "training_company")
class TrainingCompany extends TenantOwnedEntity {
    private String name;
    private String address;
    private String contactPerson;
    private String phone;
    private String industry;
    private String note;

    protected TrainingCompany() {
    }

    TrainingCompany(String name, String address, String contactPerson, String phone, String industry, String note, String by, Instant at) {
        super(by, at);
        this.name = name.strip();
        this.address = Texts.orNull(address);
        this.contactPerson = Texts.orNull(contactPerson);
        this.phone = Texts.orNull(phone);
        this.industry = Texts.orNull(industry);
        this.note = Texts.orNull(note);
    }

    String name() {
        return name;
    }

    String address() {
        return address;
    }

    String contactPerson() {
        return contactPerson;
    }

    String phone() {
        return phone;
    }

    String industry() {
        return industry;
    }

    String note() {
        return note;
    }
}
