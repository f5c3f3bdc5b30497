package jp.tsunagu.wages.internal.payrules;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;
import jp.tsunagu.wages.internal.domain.PayCalculation.Basis;
import jp.tsunagu.wages.internal.domain.PayCalculation.RestBy;
import jp.tsunagu.wages.internal.domain.PayCalculation.Terms;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 工賃規程: one version of an office's pay rules, in force from its effective month until the next version's month. The
 * terms (basis, rates, how the rest is shared, rounding) and rates per hour set per user (能力給, kept with a warning).
 * A version that a closed run used never changes (the database refuses it); a change is a new version.
 */
@Entity
@Table(name = "pay_rule")
public class PayRule extends TenantOwnedEntity {
    private UUID officeId;
    private java.time.LocalDate effectiveMonth;
    @Enumerated(EnumType.STRING)
    private Basis basis;
    private Long ratePerHour;
    private Long ratePerDay;
    private Long ratePerPiece;
    private Long fixedMonthly;
    @Enumerated(EnumType.STRING)
    private RestBy restBy;
    @Enumerated(EnumType.STRING)
    private Yen.Rounding rounding;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Long> personRates = new LinkedHashMap<>();
    private String note;

    protected PayRule() {
    }

    PayRule(UUID officeId, YearMonth effectiveMonth, Terms terms, Map<PersonId, Yen> personRates, String note, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.effectiveMonth = effectiveMonth.atDay(1);
        change(terms, personRates, note);
    }

    /** Replaces the terms of a version no closed run has used yet. */
    void change(Terms terms, Map<PersonId, Yen> rates, String note) {
        this.basis = terms.basis();
        this.ratePerHour = value(terms.ratePerHour());
        this.ratePerDay = value(terms.ratePerDay());
        this.ratePerPiece = value(terms.ratePerPiece());
        this.fixedMonthly = value(terms.fixedMonthly());
        this.restBy = terms.restBy();
        this.rounding = terms.rounding();
        this.personRates = new LinkedHashMap<>();
        rates.forEach((person, rate) -> this.personRates.put(person.value().toString(), rate.value()));
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    private static Long value(Yen yen) {
        return yen == null ? null : yen.value();
    }

    private static Yen yen(Long value) {
        return value == null ? null : Yen.of(value);
    }

    public UUID officeId() {
        return officeId;
    }

    public YearMonth effectiveMonth() {
        return YearMonth.from(effectiveMonth);
    }

    public Terms terms() {
        return new Terms(basis, yen(ratePerHour), yen(ratePerDay), yen(ratePerPiece), yen(fixedMonthly), restBy, rounding);
    }

    /** Rates per hour set per user (能力給): empty for most offices. */
    public Map<PersonId, Yen> personRates() {
        Map<PersonId, Yen> rates = new LinkedHashMap<>();
        personRates.forEach((person, rate) -> rates.put(PersonId.of(person), Yen.of(rate)));
        return rates;
    }

    /** Pays by ability or skill (能力給・技能給), which the 2025-11-28 guideline treats as inappropriate for B型. */
    public boolean abilityBased() {
        return !personRates.isEmpty();
    }

    public String note() {
        return note;
    }
}
