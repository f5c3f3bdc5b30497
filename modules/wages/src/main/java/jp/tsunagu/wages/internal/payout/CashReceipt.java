package jp.tsunagu.wages.internal.payout;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.DrawnSignature;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * 受領書: a user's receipt of a closed month's 工賃 paid in cash, for the amount the run paid: signed on the tablet (the
 * drawn signature, a PNG data URL) or on paper (the office keeps the sheet; the staff member records the day). One per
 * user and month, kept as recorded (the database refuses a change).
 */
@Entity
// the base's creation is this table's recording (recorded_at, recorded_by)
@AttributeOverride(name = "createdAt", column = @Column(name = "recorded_at", updatable = false))
@AttributeOverride(name = "createdBy", column = @Column(name = "recorded_by", updatable = false))
@Table(name = "cash_receipt")
public class CashReceipt extends TenantOwnedEntity {
    /** Signed on the tablet, or on the printed receipt. */
    public enum Method { TABLET, PAPER }

    private UUID officeId;
    private UUID personId;
    private LocalDate runMonth;
    private long amount;
    @Enumerated(EnumType.STRING)
    private Method method;
    private String signature;
    private LocalDate receivedOn;

    protected CashReceipt() {
    }

    /**
     * The receipt of {@code amount} for {@code month}, received on {@code receivedOn} (on the tablet: today when not
     * given; on paper: the day written on it, required), never before the month nor after {@code today}.
     */
    CashReceipt(UUID officeId, PersonId person, YearMonth month, Yen amount, Method method, String signature, LocalDate receivedOn,
                LocalDate today, String by, Instant at) {
        super(by, at);
        if (method == Method.TABLET && !DrawnSignature.isPng(signature)) {
            throw new Problem.Invalid("signature", "wages.receipt.signatureRequired", DrawnSignature.MAX_LENGTH);
        }
        LocalDate on = receivedOn == null && method == Method.TABLET ? today : receivedOn;
        if (on == null) {
            throw new Problem.Invalid("receivedOn", "wages.receipt.receivedOnRequired");
        }
        if (on.isBefore(month.atDay(1)) || on.isAfter(today)) {
            throw new Problem.Invalid("receivedOn", "wages.receipt.receivedOn", on, month, today);
        }
        this.officeId = officeId;
        this.personId = person.value();
        this.runMonth = month.atDay(1);
        this.amount = amount.value();
        this.method = method;
        this.signature = method == Method.TABLET ? signature : null;
        this.receivedOn = on;
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public YearMonth month() {
        return YearMonth.from(runMonth);
    }

    public Yen amount() {
        return Yen.of(amount);
    }

    public Method method() {
        return method;
    }

    /** The drawn signature (PNG data URL), or null when signed on paper. */
    public String signature() {
        return signature;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String recordedBy() {
        return createdBy();
    }
}
