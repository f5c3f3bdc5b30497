package jp.tsunagu.wages.internal.reserves;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** One movement of a reserve: the opening balance with its evidence, or a use by a closed run. */
@Entity
@Table(name = "kouchin_reserve_entry")
public class ReserveEntry extends TenantOwnedEntity {
    /** 工賃変動積立金 (pays 工賃 in a short month) or 設備等整備積立金 (for equipment, never 工賃). */
    public enum Reserve { KOUCHIN_FLUCTUATION, EQUIPMENT }

    /** The balance carried in, a use by a run (工賃 of a short month), a set-aside by the run of a year's last month. */
    public enum Kind { OPENING, USE, SET_ASIDE }

    private UUID officeId;
    @Enumerated(EnumType.STRING)
    private Reserve reserve;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private long amount;
    private LocalDate runMonth;
    private String reason;

    protected ReserveEntry() {
    }

    ReserveEntry(UUID officeId, Reserve reserve, Kind kind, Yen amount, YearMonth runMonth, String reason, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.reserve = reserve;
        this.kind = kind;
        this.amount = amount.value();
        this.runMonth = runMonth == null ? null : runMonth.atDay(1);
        this.reason = reason.strip();
    }

    public Reserve reserve() {
        return reserve;
    }

    public Kind kind() {
        return kind;
    }

    public Yen amount() {
        return Yen.of(amount);
    }

    /** What the entry adds to the balance: the opening balance and a set-aside add, a use takes away. */
    public Yen signed() {
        return kind == Kind.USE ? amount().negate() : amount();
    }

    public YearMonth runMonth() {
        return runMonth == null ? null : YearMonth.from(runMonth);
    }

    public String reason() {
        return reason;
    }
}
