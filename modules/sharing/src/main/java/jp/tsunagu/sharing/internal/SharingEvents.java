package jp.tsunagu.sharing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.OutboundEvent;
import jp.tsunagu.kernel.TenantEvent;
import jp.tsunagu.kernel.TenantId;

/**
 * The messages between the two sides of a consent, each an event of the tenant that handles it (the recipient's for
 * what the source sends, the source's for what the recipient sends): the platform runs its listener under that tenant,
 * so neither side's transaction ever reads the other's rows. Nothing here carries a name or a certificate number.
 */
public final class SharingEvents {
    private SharingEvents() {
    }

    /**
     * To the recipient: a consent names one of its offices. The link key is the HMAC of the person's certificate number
     * and municipality code ({@link LinkKeys}); a claim with the same key meets it.
     */
    public record LinkOffered(TenantId tenantId, OfficeId officeId, TenantId sourceTenant, OfficeId sourceOffice, String sourceOfficeName,
                              UUID consentId, String linkKey, Set<Category> categories, LocalDate validFrom, LocalDate validTo)
            implements TenantEvent {
    }

    /** To the source: a recipient's claim met the consent's offer; the source office is to confirm it. */
    public record LinkClaimed(TenantId tenantId, OfficeId officeId, UUID consentId, TenantId recipientTenant, OfficeId recipientOffice,
                              String recipientOfficeName, UUID claimId, LocalDate claimedOn) implements TenantEvent {
    }

    /** To the recipient: the source confirmed the link; records flow from now on within the consent's terms. */
    public record LinkConfirmed(TenantId tenantId, OfficeId officeId, UUID claimId, UUID consentId, LocalDate confirmedOn)
            implements TenantEvent {
    }

    /**
     * To the recipient: a snapshot of one consented record, read-only, as provided on {@code providedOn}; a record kept
     * as one document (a handover) travels whole too, as JSON ({@code document}, else null).
     */
    public record SnapshotProvided(TenantId tenantId, OfficeId officeId, UUID consentId, UUID provisionId, Category category,
                                   LocalDate providedOn, LocalDate recordDate, String title, List<Line> lines, String document)
            implements TenantEvent {
        public SnapshotProvided {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A line of a snapshot: a message key for its label (so it reads in the recipient's language) and the value as
     * recorded, or a message key for a value that is one of a fixed set (a reason for ending, say).
     */
    public record Line(String label, String value, String valueKey) {
        public Line(String label, String value) {
            this(label, value, null);
        }
    }

    /** To the recipient: the consent was revoked (or its link withdrawn); access ends with the next request. */
    public record ConsentRevoked(TenantId tenantId, OfficeId officeId, UUID consentId, LocalDate revokedOn) implements TenantEvent {
    }

    /**
     * To a municipality: an office's aggregates of {@code month} and of its fiscal year from April up to the month, as its
     * corporation publishes them (opted in). A count under the disclosure threshold is suppressed here, at the source:
     * the small number never leaves the source's tenant. Nothing names a person. {@code computedAt} orders publications:
     * one computed earlier (a retried message) never replaces a later one. It also leaves through the broker, for the
     * municipality's own system ({@link OutboundEvent}).
     */
    public record StatisticsPublished(TenantId tenantId, OfficeId officeId, String sourceOfficeNumber, String sourceOfficeName,
                                      String sourceTenantName, LocalDate publishedOn, java.time.YearMonth month, List<Cell> ofMonth,
                                      List<Cell> yearToDate, java.time.Instant computedAt) implements OutboundEvent {
        public StatisticsPublished {
            ofMonth = List.copyOf(ofMonth);
            yearToDate = List.copyOf(yearToDate);
        }
    }

    /**
     * A cell of published statistics: its key ({@code users.TYPE_B}, {@code wages.average} …), the value (a count, or
     * yen), or none when suppressed or not available, and how it was found (the rule trail; empty when suppressed).
     */
    public record Cell(String key, Long value, Status status, String basis) {
        /** Shown, suppressed as fewer than the threshold, or not available (a module not used, a month not closed). */
        public enum Status { SHOWN, SUPPRESSED, NOT_AVAILABLE }
    }

    /** Within the source's tenant: an office saved a person's intake handover ({@code document}: its JSON), to be provided. */
    public record HandoverUpdated(TenantId tenantId, OfficeId officeId, jp.tsunagu.kernel.PersonId personId, LocalDate updatedOn,
                                  List<Line> lines, String document) implements TenantEvent {
        public HandoverUpdated {
            lines = List.copyOf(lines);
        }
    }
}
