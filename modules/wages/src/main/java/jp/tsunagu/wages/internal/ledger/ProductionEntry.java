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
 * partner (取引先), amount in whole yen above 0, and a note. The rules are checked here, naming the field, and again by
 * the table's constraints.
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

    protected ProductionEntry() {
    }

    ProductionEntry(UUID officeId, UUID activityId, YearMonth month, EntryCategory category, String voucherNumber, LocalDate entryDate,
                    String partner, long amount, String note, String by, Instant at) {
        super(by, at);
        if (amount <= 0) {
            throw new Problem.Invalid("amount", "wages.entry.amountPositive", amount);
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
}
