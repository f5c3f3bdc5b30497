package jp.tsunagu.sharing.internal.source;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.sharing.internal.Categories;
import jp.tsunagu.sharing.internal.Category;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * 共有の同意: a person's consent that an office of any tenant receive named categories of their records for a period,
 * with its evidence, the link to the recipient's client and its revocation.
 */
@Entity
@Table(name = "sharing_consent")
class SharingConsent extends TenantOwnedEntity {

    enum EvidenceKind { PAPER_SCAN, TABLET_SIGNATURE }

    enum Status { ACTIVE, REVOKED }

    enum LinkState { OFFERED, CLAIMED, CONFIRMED }

    private UUID officeId;
    private UUID personId;
    private UUID recipientTenantId;
    private UUID recipientOfficeId;
    private String recipientOfficeNumber;
    private String recipientOfficeName;
    private String categories;
    private LocalDate validFrom;
    private LocalDate validTo;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private EvidenceKind evidenceKind;
    private LocalDate evidenceSignedOn;
    private String evidenceFileName;
    private String evidenceContentType;
    @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
    private byte[] evidenceContent;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    private LocalDate revokedOn;
    private String revokeReason;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private LinkState linkState;
    private UUID claimId;
    private LocalDate claimedOn;
    private LocalDate confirmedOn;

    protected SharingConsent() {
    }

    SharingConsent(OfficeId office, PersonId person, TenantId recipientTenant, OfficeId recipientOffice, String recipientNumber,
                   String recipientName, Set<Category> categories, LocalDate validFrom, LocalDate validTo, EvidenceKind evidenceKind,
                   LocalDate signedOn, String fileName, String contentType, byte[] content, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.recipientTenantId = recipientTenant.value();
        this.recipientOfficeId = recipientOffice.value();
        this.recipientOfficeNumber = recipientNumber;
        this.recipientOfficeName = recipientName;
        this.categories = Categories.column(categories);
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.evidenceKind = evidenceKind;
        this.evidenceSignedOn = signedOn;
        this.evidenceFileName = fileName.strip();
        this.evidenceContentType = contentType;
        this.evidenceContent = content;
        this.status = Status.ACTIVE;
        this.linkState = LinkState.OFFERED;
    }

    /** A recipient's claim met the offer: to be confirmed. Ignored unless active and offered (a claim may arrive twice). */
    boolean claimed(UUID claim, LocalDate on) {
        if (status != Status.ACTIVE || linkState != LinkState.OFFERED) {
            return false;
        }
        this.claimId = claim;
        this.claimedOn = on;
        this.linkState = LinkState.CLAIMED;
        return true;
    }

    void confirm(LocalDate on) {
        if (status != Status.ACTIVE) {
            throw new Problem.Invalid("consentId", "sharing.consent.revokedAlready", revokedOn);
        }
        if (linkState != LinkState.CLAIMED) {
            throw new Problem.Invalid("consentId", "sharing.consent.notClaimed");
        }
        this.linkState = LinkState.CONFIRMED;
        this.confirmedOn = on;
    }

    void revoke(LocalDate on, String reason) {
        if (status == Status.REVOKED) {
            throw new Problem.Invalid("consentId", "sharing.consent.revokedAlready", revokedOn);
        }
        this.status = Status.REVOKED;
        this.revokedOn = on;
        this.revokeReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Whether a record of {@code category} dated {@code day} is to be provided now: active, linked, consented, in the period. */
    boolean provides(Category category, LocalDate day) {
        return status == Status.ACTIVE && linkState == LinkState.CONFIRMED && categories().contains(category)
                && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    OfficeId officeId() {
        return new OfficeId(officeId);
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    TenantId recipientTenant() {
        return new TenantId(recipientTenantId);
    }

    OfficeId recipientOffice() {
        return new OfficeId(recipientOfficeId);
    }

    String recipientOfficeNumber() {
        return recipientOfficeNumber;
    }

    String recipientOfficeName() {
        return recipientOfficeName;
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

    EvidenceKind evidenceKind() {
        return evidenceKind;
    }

    LocalDate evidenceSignedOn() {
        return evidenceSignedOn;
    }

    String evidenceFileName() {
        return evidenceFileName;
    }

    String evidenceContentType() {
        return evidenceContentType;
    }

    byte[] evidenceContent() {
        return evidenceContent;
    }

    Status status() {
        return status;
    }

    LocalDate revokedOn() {
        return revokedOn;
    }

    String revokeReason() {
        return revokeReason;
    }

    LinkState linkState() {
        return linkState;
    }

    UUID claimId() {
        return claimId;
    }

    LocalDate claimedOn() {
        return claimedOn;
    }

    LocalDate confirmedOn() {
        return confirmedOn;
    }
}
