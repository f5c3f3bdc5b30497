package jp.tsunagu.wages.internal.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * A revenue or expense of a production activity in a month, by voucher (伝票): its number, date (within the month),
 * partner (取引先), amount in whole yen above 0, and a note. A correction (訂正) of a closed month is such an entry of an
 * open month that also names the closed month it corrects, optionally the entry of that month, and its reason; its
 * amount is signed (a negative one reduces its category in its own month), never 0, since the closed month itself
 * never changes. The rules are checked here, naming the field, and again by the table's constraints.
 */
@Entity
@Table(name = "production_entry")
public class ProductionEntry extends TenantOwnedEntity {
    private UUID officeId;
    private UUID activityId;
    private LocalDate entryMonth;
    @Enumerated(EnumType.STRING)
    private EntryCategory category;
    private String voucherNumber;
    private LocalDate entryDate;
    private String partner;
    private long amount;
    private String note;
    private LocalDate correctsMonth;
    private UUID correctsEntryId;
    private String reason;

    /** The most a correction's reason may say (the table's check holds the same). */
    static final int REASON_MAX = 500;

    /** What makes an entry a correction: the closed month it corrects (before its own), the entry of that month it corrects if one, why. */
    public record Correction(YearMonth month, UUID entryId, String reason) {
    }

    protected ProductionEntry() {
    }

    ProductionEntry(UUID officeId, UUID activityId, YearMonth month, EntryCategory category, String voucherNumber, LocalDate entryDate,
                    String partner, long amount, String note, String by, Instant at) {
        this(officeId, activityId, month, category, voucherNumber, entryDate, partner, amount, note, null, by, at);
    }

    /** An entry, or with {@code correction} a correction of a closed month (whose month and entry the service has checked). */
    ProductionEntry(UUID officeId, UUID activityId, YearMonth month, EntryCategory category, String voucherNumber, LocalDate entryDate,
                    String partner, long amount, String note, Correction correction, String by, Instant at) {
        super(by, at);
        if (correction == null && amount <= 0) {
            throw new Problem.Invalid("amount", "wages.entry.amountPositive", amount);
        }
        if (correction != null) {
            check(correction, month);
            if (amount == 0) {
                throw new Problem.Invalid("amount", "wages.correction.amountZero");
            }
            this.correctsMonth = correction.month().atDay(1);
            this.correctsEntryId = correction.entryId();
            this.reason = correction.reason().strip();
        }
        if (!YearMonth.from(entryDate).equals(month)) {
            throw new Problem.Invalid("date", "wages.entry.dateOutsideMonth", entryDate, month);
        }
        this.officeId = officeId;
        this.activityId = activityId;
        this.entryMonth = month.atDay(1);
        this.category = category;
        this.voucherNumber = voucherNumber.strip();
        this.entryDate = entryDate;
        this.partner = partner.strip();
        this.amount = amount;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * The rules of a correction that need no other row: a reason (not blank, at most 500 characters), and a corrected
     * month before the correction's own {@code month}.
     */
    static void check(Correction correction, YearMonth month) {
        if (correction.reason() == null || correction.reason().isBlank()) {
            throw new Problem.Invalid("reason", "wages.correction.reasonRequired");
        }
        if (correction.reason().strip().length() > REASON_MAX) {
            throw new Problem.Invalid("reason", "wages.correction.reasonTooLong", correction.reason().strip().length(), REASON_MAX);
        }
        if (correction.month() == null) {
            throw new Problem.Invalid("correctsMonth", "wages.correction.monthRequired");
        }
        if (!correction.month().isBefore(month)) {
            throw new Problem.Invalid("correctsMonth", "wages.correction.notBefore", correction.month(), month);
        }
    }

    public UUID officeId() {
        return officeId;
    }

    public UUID activityId() {
        return activityId;
    }

    public YearMonth month() {
        return YearMonth.from(entryMonth);
    }

    public EntryCategory category() {
        return category;
    }

    public String voucherNumber() {
        return voucherNumber;
    }

    public LocalDate entryDate() {
        return entryDate;
    }

    public String partner() {
        return partner;
    }

    public Yen amount() {
        return Yen.of(amount);
    }

    public String note() {
        return note;
    }

    /** Whether this entry corrects a closed month. */
    public boolean isCorrection() {
        return correctsMonth != null;
    }

    /** The correction's closed month, entry and reason; null for an ordinary entry. */
    public Correction correction() {
        return correctsMonth == null ? null : new Correction(YearMonth.from(correctsMonth), correctsEntryId, reason);
    }
}
