package jp.tsunagu.claims.internal.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.claims.internal.month.ClaimClose;
import jp.tsunagu.claims.internal.month.MonthlyClaimService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.ReplicaReads;
import jp.tsunagu.tenancy.Tenants;
import org.springframework.stereotype.Service;

/**
 * The documents of a closed month's claim, from the claim kept when it was closed (never recomputed): the users'
 * invoices and receipts. A month not closed has none (409 {@code claims.documents.notClosed}). Audited as an export
 * about each person. Read in a read-only transaction, on the standby when there is one ({@link ReplicaReads}: the audit
 * records written on the primary right after), and rendered outside it.
 */
@Service
public class ClaimDocuments {
    private final ClaimClose close;
    private final Offices offices;
    private final Tenants tenants;
    private final UserInvoicePdf invoices;
    private final ClaimSheetPdf sheets;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReplicaReads replica;

    ClaimDocuments(ClaimClose close, Offices offices, Tenants tenants, UserInvoicePdf invoices, ClaimSheetPdf sheets, AuditTrail audit,
                   Clock clock, ReplicaReads replica) {
        this.replica = replica;
        this.sheets = sheets;
        this.close = close;
        this.offices = offices;
        this.tenants = tenants;
        this.invoices = invoices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The claim sheet and every person's statement of the month (A4), as kept at the close. */
    public byte[] claimSheet(OfficeId officeId, ServiceType type, YearMonth month, Locale locale) {
        Kept kept = replica.read(() -> {
            Kept k = kept(officeId, type, month);
            audit.recordAll(k.claim().persons().isEmpty()
                    ? List.of(AuditEvent.of(AuditEvent.Action.EXPORT, "claim_month", month.toString()).inOffice(officeId).withDetails(type + " claim sheet"))
                    : k.claim().persons().stream().map(p -> AuditEvent.of(AuditEvent.Action.EXPORT, "claim_month", month.toString()).inOffice(officeId)
                            .about(p.personId().value()).withDetails(type + " claim sheet and statement pdf")).toList());
            return k;
        });
        MonthlyClaimService.MonthClaim claim = kept.claim();
        return sheets.render(kept.office().name(), kept.office().officeNumber(), kept.corporation(), claim, LocalDate.now(clock), locale);
    }

    /** Every person's invoice and receipt of the month (one A4 page each), by kana. */
    public byte[] invoices(OfficeId officeId, ServiceType type, YearMonth month, Locale locale) {
        Kept kept = replica.read(() -> {
            Kept k = kept(officeId, type, month);
            if (k.claim().persons().stream().noneMatch(p -> p.claim() != null)) {
                throw new Problem.Conflict("claims.documents.nobody", month);
            }
            audit.recordAll(k.claim().persons().stream().filter(p -> p.claim() != null)
                    .map(p -> AuditEvent.of(AuditEvent.Action.EXPORT, "claim_month", month.toString()).inOffice(officeId).about(p.personId().value())
                            .withDetails(type + " invoice and receipt pdf")).toList());
            return k;
        });
        List<UserInvoicePdf.Page> pages = kept.claim().persons().stream().filter(p -> p.claim() != null)
                .map(p -> new UserInvoicePdf.Page(p.name(), p.kana(), p.certificateNumber(), p.daysBilled(), p.claim().cost(), p.claim().charge()))
                .toList();
        return invoices.render(kept.office().name(), kept.office().officeNumber(), kept.corporation(), month, type, LocalDate.now(clock),
                pages, locale);
    }

    /** What a document shows: the office, the corporation's name and the claim kept at the close. */
    private record Kept(OfficeSummary office, String corporation, MonthlyClaimService.MonthClaim claim) {
    }

    /** The claim kept at the month's close, never changing after it. */
    private Kept kept(OfficeId officeId, ServiceType type, YearMonth month) {
        OfficeSummary office = offices.require(officeId);
        if (type == null) {
            throw new Problem.Invalid("serviceType", "claims.profile.required");
        }
        MonthlyClaimService.MonthClaim claim = close.content(officeId, type, month)
                .orElseThrow(() -> new Problem.Conflict("claims.documents.notClosed", month));
        return new Kept(office, tenants.currentName(), claim);
    }
}
