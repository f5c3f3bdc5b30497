package jp.tsunagu.sharing.internal.recipient;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.sharing.internal.Categories;
import jp.tsunagu.sharing.internal.Category;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * What a source's consent lets this office receive, as the source's messages wrote it here: the source office, the
 * categories and period, the link key, the client it is linked to, and its state.
 */
@Entity
@Table(name = "sharing_grant")
class SharingGrant extends TenantOwnedEntity {

    enum State { OFFERED, CLAIMED, CONFIRMED, REVOKED }

    private UUID officeId;
    private UUID consentId;
    private UUID sourceTenantId;
    private UUID sourceOfficeId;
    private String sourceOfficeName;
    private String linkKey;
    private String categories;
    private LocalDate validFrom;
    private LocalDate validTo;
    @Enumerated(EnumType.STRING)
    private State state;
    private UUID personId;
    private UUID claimId;
    private LocalDate confirmedOn;
    private LocalDate revokedOn;

    protected SharingGrant() {
    }

    SharingGrant(OfficeId office, UUID consentId, TenantId sourceTenant, OfficeId sourceOffice, String sourceOfficeName, String linkKey,
                 Set<Category> categories, LocalDate validFrom, LocalDate validTo, Instant at) {
        super("sharing", at);
        this.officeId = office.value();
        this.consentId = consentId;
        this.sourceTenantId = sourceTenant.value();
        this.sourceOfficeId = sourceOffice.value();
        this.sourceOfficeName = sourceOfficeName;
        this.linkKey = linkKey;
        this.categories = Categories.column(categories);
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.state = State.OFFERED;
    }

    /** A claim of this office met the offer: linked to the claimed client, waiting for the source's confirmation. */
    boolean claim(PersonId person, UUID claim) {
        if (state != State.OFFERED) {
            return false;
        }
        this.personId = person.value();
        this.claimId = claim;
        this.state = State.CLAIMED;
        return true;
    }

    void confirm(LocalDate on) {
        if (state == State.CLAIMED) {
            this.state = State.CONFIRMED;
            this.confirmedOn = on;
        }
    }

    void revoke(LocalDate on) {
        this.state = State.REVOKED;
        this.revokedOn = on;
    }

    /** Whether records may be shown today: confirmed, not revoked, within the period. */
    boolean open(LocalDate today) {
        return state == State.CONFIRMED && !today.isBefore(validFrom) && !today.isAfter(validTo);
    }

    UUID consentId() {
        return consentId;
    }

    TenantId sourceTenant() {
        return new TenantId(sourceTenantId);
    }

    OfficeId sourceOffice() {
        return new OfficeId(sourceOfficeId);
    }

    String sourceOfficeName() {
        return sourceOfficeName;
    }

    String linkKey() {
        return linkKey;
    }

    Set<Category> categories() {
        return Categories.of(categories);
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    State state() {
        return state;
    }

    PersonId personId() {
        return personId == null ? null : new PersonId(personId);
    }

    UUID claimId() {
        return claimId;
    }

    LocalDate confirmedOn() {
        return confirmedOn;
    }

    LocalDate revokedOn() {
        return revokedOn;
    }
}
