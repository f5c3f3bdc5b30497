package jp.tsunagu.wages.internal.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.wages.api.ActivityId;
import jp.tsunagu.wages.events.ProductionEntryRecorded;
import jp.tsunagu.wages.internal.WagesLocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production activity ledger of an office: its activities, the month's revenue and expense entries, and the
 * month's summary per activity and in total with the pool of 工賃 (revenue − expenses). A closed month is final: a
 * later correction is a reasoned entry of an open month ({@link #addCorrection}), counted in that month. Writes are
 * audited and an entry (a correction too) is announced ({@link ProductionEntryRecorded}) in the transaction that stored
 * it. An office of another tenant, or one the caller may not see, is not found.
 */
@Service
public class LedgerService {
    private final ProductionActivityRepository activities;
    private final ProductionEntryRepository entries;
    private final VoucherScanRepository scans;
    private final Offices offices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final WagesLocks locks;
    private final Clock clock;

    LedgerService(ProductionActivityRepository activities, ProductionEntryRepository entries, VoucherScanRepository scans, Offices offices, AuditTrail audit,
                  ApplicationEventPublisher events, WagesLocks locks, Clock clock) {
        this.activities = activities;
        this.entries = entries;
        this.scans = scans;
        this.offices = offices;
        this.audit = audit;
        this.events = events;
        this.locks = locks;
        this.clock = clock;
    }

    /** One activity's month, or the office's total ({@code activity} null): revenue, expenses, pool. */
    public record Totals(ProductionActivity activity, Yen revenue, Yen expenses) {
        public Yen pool() {
            return revenue.minus(expenses);
        }

        Totals add(ProductionEntry e) {
            return e.category().revenue() ? new Totals(activity, revenue.plus(e.amount()), expenses)
                    : new Totals(activity, revenue, expenses.plus(e.amount()));
        }
    }

    /**
     * The month's summary: each activity of the office (those without entries at zero); the total of the activities
     * whose balance is the pool of 工賃; and apart, the total of the employed A型 users' activities (never paid out).
     */
    public record MonthSummary(YearMonth month, List<Totals> activities, Totals total, Totals employed) {
    }

    @Transactional(readOnly = true)
    public List<ProductionActivity> activities(OfficeId office) {
        office(office);
        return activities.ofOffice(office.value());
    }

    @Transactional
    public ProductionActivity addActivity(OfficeId office, String name, String by) {
        return addActivity(office, name, ProductionActivity.Purpose.KOUCHIN, by);
    }

    /** An activity; one of the employed A型 users' only at an office that offers A型. */
    @Transactional
    public ProductionActivity addActivity(OfficeId office, String name, ProductionActivity.Purpose purpose, String by) {
        jp.tsunagu.tenancy.OfficeSummary summary = offices.require(office);
        if (activities.named(office.value(), name.strip())) {
            throw new Problem.Invalid("name", "wages.activity.nameTaken", name.strip());
        }
        ProductionActivity.Purpose p = purpose == null ? ProductionActivity.Purpose.KOUCHIN : purpose;
        if (p == ProductionActivity.Purpose.EMPLOYED_A && !summary.offers(jp.tsunagu.kernel.ServiceType.TYPE_A)) {
            throw new Problem.Invalid("purpose", "wages.activity.employedNotOffered");
        }
        ProductionActivity a = activities.save(new ProductionActivity(office.value(), name, p, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "production_activity", a.id().toString()).inOffice(office)
                .withDetails("name=" + a.name() + " purpose=" + p));
        return a;
    }

    @Transactional
    public ProductionEntry addEntry(OfficeId office, YearMonth month, UUID activityId, EntryCategory category, String voucherNumber,
                                    LocalDate date, String partner, long amount, String note, String by) {
        return record(office, month, activityId, category, voucherNumber, date, partner, amount, note, null, by);
    }

    /**
     * Records a correction (訂正) of a closed month in the open {@code month}: a closed month never changes, so what it
     * got wrong is put right here, with the month it corrects, optionally the entry of that month, and the reason. The
     * amount is signed (a negative one reduces its category in {@code month}, whose totals and pool it counts in),
     * never 0. A corrected month that is still open is refused naming {@code correctsMonth} (the entry belongs there),
     * as is one not before {@code month}; an entry that is not of that month at this office, naming {@code correctsEntryId}.
     */
    @Transactional
    public ProductionEntry addCorrection(OfficeId office, YearMonth month, UUID activityId, EntryCategory category, String voucherNumber,
                                         LocalDate date, String partner, long amount, String note, ProductionEntry.Correction correction,
                                         String by) {
        return record(office, month, activityId, category, voucherNumber, date, partner, amount, note, correction, by);
    }

    private ProductionEntry record(OfficeId office, YearMonth month, UUID activityId, EntryCategory category, String voucherNumber,
                                   LocalDate date, String partner, long amount, String note, ProductionEntry.Correction correction, String by) {
        office(office);
        requireOpen(office, month);
        ProductionActivity activity = activities.find(office.value(), activityId)
                .orElseThrow(() -> new Problem.Invalid("activityId", "wages.entry.unknownActivity", activityId));
        if (correction != null) {
            requireCorrectable(office, month, correction);
        }
        ProductionEntry e = entries.save(new ProductionEntry(office.value(), activity.id(), month, category, voucherNumber, date, partner,
                amount, note, correction, by, clock.instant()));
        StringBuilder details = new StringBuilder("activity=" + activity.id() + " month=" + month + " category=" + category + " voucher="
                + e.voucherNumber() + " amount=" + e.amount().value());
        if (correction != null) {
            ProductionEntry.Correction c = e.correction();
            details.append(" correctsMonth=").append(c.month()).append(" correctsEntry=").append(c.entryId() == null ? "-" : c.entryId())
                    .append(" reason=").append(c.reason());
        }
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "production_entry", e.id().toString()).inOffice(office)
                .withDetails(details.toString()));
        events.publishEvent(new ProductionEntryRecorded(TenantContext.require(), office, new ActivityId(activity.id()), month,
                category.revenue(), e.amount()));
        return e;
    }

    /**
     * The corrected month is before {@code month} and closed, and the corrected entry (if named) is one of that month at
     * this office. No lock on the corrected month: a closed month stays closed (its run is final); one being closed
     * right now is still open here, and refused.
     */
    private void requireCorrectable(OfficeId office, YearMonth month, ProductionEntry.Correction correction) {
        ProductionEntry.check(correction, month);
        if (!closed(office, correction.month())) {
            throw new Problem.Invalid("correctsMonth", "wages.correction.monthOpen", correction.month());
        }
        if (correction.entryId() != null && entries.findById(correction.entryId())
                .filter(c -> c.officeId().equals(office.value()) && c.month().equals(correction.month())).isEmpty()) {
            throw new Problem.Invalid("correctsEntryId", "wages.correction.unknownEntry", correction.entryId(), correction.month());
        }
    }

    /** The entries that the month's corrections name (of closed months), by id: for the page to say which voucher each corrects. */
    @Transactional(readOnly = true)
    public Map<UUID, ProductionEntry> corrected(OfficeId office, YearMonth month) {
        List<UUID> ids = entries(office, month).stream().filter(ProductionEntry::isCorrection).map(e -> e.correction().entryId())
                .filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, ProductionEntry> byId = new LinkedHashMap<>();
        entries.findAllById(ids).stream().filter(e -> e.officeId().equals(office.value())).forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    /** An entry of the office's closed {@code month}, to be corrected from an open one (the page's 訂正 link); empty otherwise. */
    @Transactional(readOnly = true)
    public java.util.Optional<ProductionEntry> correctable(OfficeId office, YearMonth month, UUID entryId) {
        office(office);
        return entries.findById(entryId).filter(e -> e.officeId().equals(office.value()) && e.month().equals(month))
                .filter(e -> closed(office, month));
    }

    @Transactional(readOnly = true)
    public List<ProductionEntry> entries(OfficeId office, YearMonth month) {
        office(office);
        return entries.ofMonth(office.value(), month.atDay(1));
    }

    /** The most a voucher's scan may weigh: 5 MB (the table's check holds the same). */
    static final int SCAN_MAX_BYTES = 5 * 1024 * 1024;

    /**
     * Keeps the scanned voucher (証憑) of an entry of an open month: a PDF, JPEG or PNG (told by its first bytes, not by
     * the name or the header the browser sent), at most 5 MB; a new scan replaces the old one.
     */
    @Transactional
    public VoucherScan attachScan(OfficeId office, YearMonth month, UUID entryId, String filename, byte[] content, String by) {
        ProductionEntry entry = entry(office, month, entryId);
        requireOpen(office, month);
        if (content.length == 0) {
            throw new Problem.Invalid("file", "wages.scan.empty");
        }
        if (content.length > SCAN_MAX_BYTES) {
            throw new Problem.Invalid("file", "wages.scan.tooLarge", content.length / 1024, SCAN_MAX_BYTES / 1024 / 1024);
        }
        String type = contentType(content);
        String name = filename == null || filename.isBlank() ? "voucher" : filename.strip();
        scans.ofEntry(entry.id()).ifPresent(old -> {
            scans.delete(old);
            scans.flush();
        });
        VoucherScan scan = scans.save(new VoucherScan(entry, name.length() > 200 ? name.substring(0, 200) : name, type, content,
                sha256(content), by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "production_entry_scan", scan.id().toString()).inOffice(office)
                .withDetails("entry=" + entry.id() + " voucher=" + entry.voucherNumber() + " " + type + " " + content.length + " bytes sha256=" + scan.sha256()));
        return scan;
    }

    /** The scanned voucher of an entry; 404 when it has none. */
    @Transactional(readOnly = true)
    public VoucherScan scan(OfficeId office, YearMonth month, UUID entryId) {
        ProductionEntry entry = entry(office, month, entryId);
        VoucherScan scan = scans.ofEntry(entry.id()).orElseThrow(() -> new Problem.NotFound("wages.scan.none"));
        scan.content(); // loaded inside the transaction
        return scan;
    }

    /** The entries of the month that have a scanned voucher. */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> scanned(OfficeId office, YearMonth month) {
        List<UUID> ids = entries(office, month).stream().map(ProductionEntry::id).toList();
        return ids.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(scans.scanned(ids));
    }

    /** Refuses a change of a closed month, after waiting for a close of that month in progress (see {@link WagesLocks}). */
    private void requireOpen(OfficeId office, YearMonth month) {
        locks.month(office, month);
        if (closed(office, month)) {
            throw new Problem.Invalid("month", "wages.entry.monthClosed", month);
        }
    }

    private ProductionEntry entry(OfficeId office, YearMonth month, UUID entryId) {
        office(office);
        return entries.findById(entryId).filter(e -> e.officeId().equals(office.value()) && e.month().equals(month))
                .orElseThrow(() -> new Problem.NotFound("wages.entry.notFound"));
    }

    /** The file's type from its first bytes: %PDF, JPEG's FF D8 FF, PNG's signature; anything else is refused. */
    private static String contentType(byte[] c) {
        if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
            return "application/pdf";
        }
        if (c.length >= 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (c.length >= 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G' && c[4] == 0x0D && c[5] == 0x0A
                && c[6] == 0x1A && c[7] == 0x0A) {
            return "image/png";
        }
        throw new Problem.Invalid("file", "wages.scan.type");
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the month's run of 工賃 is closed, which closes the month's ledger. */
    @Transactional(readOnly = true)
    public boolean closed(OfficeId office, YearMonth month) {
        office(office);
        return entries.monthClosed(office.value(), month.atDay(1));
    }

    @Transactional(readOnly = true)
    public MonthSummary summary(OfficeId office, YearMonth month) {
        office(office);
        Map<UUID, Totals> byActivity = new LinkedHashMap<>();
        for (ProductionActivity a : activities.ofOffice(office.value())) {
            byActivity.put(a.id(), new Totals(a, Yen.ZERO, Yen.ZERO));
        }
        Totals total = new Totals(null, Yen.ZERO, Yen.ZERO);
        Totals employed = new Totals(null, Yen.ZERO, Yen.ZERO);
        for (ProductionEntry e : entries.ofMonth(office.value(), month.atDay(1))) {
            Totals of = byActivity.computeIfPresent(e.activityId(), (id, t) -> t.add(e));
            if (of != null && !of.activity().kouchin()) {
                employed = employed.add(e);
            } else {
                total = total.add(e);
            }
        }
        return new MonthSummary(month, List.copyOf(byActivity.values()), total, employed);
    }

    /** What the ledger holds of a month for an activity and a category: the entries' amounts added up. */
    public record CategoryTotal(YearMonth month, ProductionActivity activity, EntryCategory category, Yen amount) {
    }

    /**
     * The fiscal year's entries added up by month, activity and category (the 生産活動シート and its 明細書), by month; a
     * month, activity or category without entries is not there.
     */
    @Transactional(readOnly = true)
    public List<CategoryTotal> categoryTotals(OfficeId office, FiscalYear year) {
        office(office);
        Map<UUID, ProductionActivity> byId = new LinkedHashMap<>();
        activities.ofOffice(office.value()).forEach(a -> byId.put(a.id(), a));
        return entries.sums(office.value(), year.start(), year.lastMonth().atDay(1)).stream()
                .filter(s -> byId.get(s.getActivityId()).kouchin()) // the employed A型 users' production is the employment module's
                .map(s -> new CategoryTotal(YearMonth.from(s.getMonth()), byId.get(s.getActivityId()), s.getCategory(), Yen.of(s.getAmount())))
                .toList();
    }

    private void office(OfficeId office) {
        offices.require(office);
    }
}
