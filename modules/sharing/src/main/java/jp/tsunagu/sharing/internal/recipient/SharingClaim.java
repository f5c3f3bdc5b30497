package jp.tsunagu.sharing.internal.recipient;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A client this office claims, to receive their records: the client, the certificate number and municipality code typed, the day. */
@Entity
@Table(name = "sharing_claim")
class SharingClaim extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private String certificateNumber;
    private String municipalityCode;
    private LocalDate claimedOn;

    protected SharingClaim() {
    }

    SharingClaim(OfficeId office, PersonId person, String certificateNumber, String municipalityCode, LocalDate on, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.certificateNumber = certificateNumber;
        this.municipalityCode = municipalityCode;
        this.claimedOn = on;
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    String certificateNumber() {
        return certificateNumber;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    LocalDate claimedOn() {
        return claimedOn;
    }
}
