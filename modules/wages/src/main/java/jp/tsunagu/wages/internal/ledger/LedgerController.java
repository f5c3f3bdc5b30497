package jp.tsunagu.wages.internal.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.RequiresModule;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The production activity ledger (生産活動) of an office: activities, a month's revenue and expense entries, and the
 * month's summary with the pool of 工賃. Amounts travel as whole yen (JSON integers). A correction (訂正) of a closed
 * month is posted apart ({@code /corrections}) because it is another act: it needs a reason and may be negative,
 * where an ordinary entry stays above 0; both are listed among the month's entries.
 */
@RestController
@RequiresModule("wages")
@RequestMapping("/api/v1/offices/{officeId}/wages")
class LedgerController {
    private final LedgerService ledger;

    LedgerController(LedgerService ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/activities")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    List<ActivityView> activities(@PathVariable OfficeId officeId) {
        return ledger.activities(officeId).stream().map(ActivityView::of).toList();
    }

    @PostMapping("/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('wages:ledger.write')")
    ActivityView addActivity(@PathVariable OfficeId officeId, @Valid @RequestBody ActivityDetails d, Principal user) {
        return ActivityView.of(ledger.addActivity(officeId, d.name(), d.purpose(), user.getName()));
    }

    @GetMapping("/ledger/{month}/entries")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    List<EntryView> entries(@PathVariable OfficeId officeId, @PathVariable YearMonth month) {
        java.util.Set<UUID> scanned = ledger.scanned(officeId, month);
        return ledger.entries(officeId, month).stream().map(e -> EntryView.of(e, scanned.contains(e.id()))).toList();
    }

    @PostMapping("/ledger/{month}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('wages:ledger.write')")
    EntryView addEntry(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @Valid @RequestBody EntryDetails d, Principal user) {
        return EntryView.of(ledger.addEntry(officeId, month, d.activityId(), d.category(), d.voucherNumber(), d.date(), d.partner(),
                d.wholeYen(), d.note(), user.getName()), false);
    }

    /** A correction of the closed {@code correctsMonth}, entered in the open {@code month} with its reason; its amount is signed. */
    @PostMapping("/ledger/{month}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('wages:ledger.write')")
    EntryView addCorrection(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @Valid @RequestBody CorrectionDetails d,
                            Principal user) {
        return EntryView.of(ledger.addCorrection(officeId, month, d.activityId(), d.category(), d.voucherNumber(), d.date(), d.partner(),
                d.wholeYen(), d.note(), d.correction(), user.getName()), false);
    }

    /** Keeps the scanned voucher (PDF, JPEG or PNG, at most 5 MB) of an entry of an open month; a new one replaces it. */
    @PostMapping("/ledger/{month}/entries/{entryId}/scan") // multipart/form-data; any other request is told the file is missing
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('wages:ledger.write')")
    ScanView attachScan(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @PathVariable UUID entryId,
                        @RequestParam("file") MultipartFile file, Principal user) throws java.io.IOException {
        return ScanView.of(ledger.attachScan(officeId, month, entryId, file.getOriginalFilename(), file.getBytes(), user.getName()));
    }

    @GetMapping("/ledger/{month}/entries/{entryId}/scan")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    ResponseEntity<byte[]> scan(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @PathVariable UUID entryId) {
        return scanResponse(ledger.scan(officeId, month, entryId));
    }

    /** The scan as the browser shows it: its type, inline, its name, no caching of a personal document. */
    static ResponseEntity<byte[]> scanResponse(VoucherScan scan) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(scan.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(scan.filename(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(scan.content());
    }

    record ScanView(UUID entryId, String filename, String contentType, int size, String sha256) {
        static ScanView of(VoucherScan s) {
            return new ScanView(s.entryId(), s.filename(), s.contentType(), s.sizeBytes(), s.sha256());
        }
    }

    @GetMapping("/ledger/{month}/summary")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    SummaryView summary(@PathVariable OfficeId officeId, @PathVariable YearMonth month) {
        LedgerService.MonthSummary s = ledger.summary(officeId, month);
        return new SummaryView(s.month(), s.activities().stream().map(TotalsView::of).toList(), TotalsView.of(s.total()), TotalsView.of(s.employed()));
    }

    /** An activity: its name, and whose production it is (KOUCHIN when left out; EMPLOYED_A only where A型 is offered). */
    record ActivityDetails(@NotBlank @Size(max = 50) String name, ProductionActivity.Purpose purpose) {
    }

    record EntryDetails(@NotNull UUID activityId, @NotNull EntryCategory category, @NotBlank @Size(max = 30) String voucherNumber,
                        @NotNull LocalDate date, @NotBlank @Size(max = 100) String partner, @NotNull @Positive @Max(999_999_999_999L) BigDecimal amount,
                        @Size(max = 500) String note) {
        /** The amount in whole yen: 1.5 is refused naming the field, never rounded. */
        long wholeYen() {
            return LedgerController.wholeYen(amount);
        }
    }

    /**
     * A correction: an entry's fields, the amount signed (not 0: the service says so), the closed month corrected, the
     * entry of that month corrected (optional) and the reason. The month and the reason are required by the service,
     * which says why.
     */
    record CorrectionDetails(@NotNull UUID activityId, @NotNull EntryCategory category, @NotBlank @Size(max = 30) String voucherNumber,
                             @NotNull LocalDate date, @NotBlank @Size(max = 100) String partner,
                             @NotNull @Min(-999_999_999_999L) @Max(999_999_999_999L) BigDecimal amount, @Size(max = 500) String note,
                             YearMonth correctsMonth, UUID correctsEntryId, String reason) {
        long wholeYen() {
            return LedgerController.wholeYen(amount);
        }

        ProductionEntry.Correction correction() {
            return new ProductionEntry.Correction(correctsMonth, correctsEntryId, reason);
        }
    }

    /** The amount in whole yen: 1.5 is refused naming the field, never rounded. */
    static long wholeYen(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 0) {
            throw new Problem.Invalid("amount", "wages.entry.wholeYen", amount.toPlainString());
        }
        return amount.longValueExact();
    }

    record ActivityView(UUID id, String name, ProductionActivity.Purpose purpose) {
        static ActivityView of(ProductionActivity a) {
            return new ActivityView(a.id(), a.name(), a.purpose());
        }
    }

    /** An entry; a correction ({@code correction} true) also names the closed month and entry it corrects and why, its amount signed. */
    record EntryView(UUID id, UUID activityId, YearMonth month, EntryCategory category, boolean revenue, String voucherNumber,
                     LocalDate date, String partner, long amount, String note, boolean scanned, boolean correction,
                     YearMonth correctsMonth, UUID correctsEntryId, String reason) {
        static EntryView of(ProductionEntry e, boolean scanned) {
            ProductionEntry.Correction c = e.correction();
            return new EntryView(e.id(), e.activityId(), e.month(), e.category(), e.category().revenue(), e.voucherNumber(),
                    e.entryDate(), e.partner(), e.amount().value(), e.note(), scanned, c != null, c == null ? null : c.month(),
                    c == null ? null : c.entryId(), c == null ? null : c.reason());
        }
    }

    /** An activity's month (or the total, without activity): revenue, expenses, pool = revenue − expenses, in yen. */
    record TotalsView(UUID activityId, String name, long revenue, long expenses, long pool) {
        static TotalsView of(LedgerService.Totals t) {
            return new TotalsView(t.activity() == null ? null : t.activity().id(), t.activity() == null ? null : t.activity().name(),
                    t.revenue().value(), t.expenses().value(), t.pool().value());
        }
    }

    /** {@code total}: the activities whose balance is the pool of 工賃; {@code employed}: the employed A型 users' activities. */
    record SummaryView(YearMonth month, List<TotalsView> activities, TotalsView total, TotalsView employed) {
    }
}
