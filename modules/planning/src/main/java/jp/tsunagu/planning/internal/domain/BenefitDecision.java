package jp.tsunagu.planning.internal.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * 支給決定: one decided service on a recipient certificate, with its amount (支給量) per month and its period. A
 * 暫定支給決定 ({@code provisional}) covers days only until {@code provisionalUntil}: after it, the municipality's
 * final decision (a new certificate) is needed.
 */
@Entity
@Table(name = "benefit_decision")
public class BenefitDecision extends TenantOwnedEntity {
    private UUID certificateId;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    @Enumerated(EnumType.STRING)
    private AmountKind amountKind;

    private Integer daysPerMonth;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private boolean provisional;
    private LocalDate provisionalUntil;

    protected BenefitDecision() {
    }

    /**
     * A decision as entered on its certificate, by {@code by} at {@code at} (with the certificate); {@code d} must have
     * passed {@link CertificateDetails#check()}.
     */
    public BenefitDecision(UUID certificateId, DecisionDetails d, String by, Instant at) {
        super(by, at);
        this.certificateId = certificateId;
        this.serviceType = d.serviceType();
        this.amountKind = d.amountKind();
        this.daysPerMonth = d.amountKind() == AmountKind.DAYS ? d.daysPerMonth() : null;
        this.periodFrom = d.periodFrom();
        this.periodTo = d.periodTo();
        this.provisional = d.provisional();
        this.provisionalUntil = d.provisional() ? d.provisionalUntil() : null;
    }

    /**
     * The days a usage contract may hold in {@code month} under this decision (PLN-1): the decided number of days,
     * or for 原則の日数 the days of that month − 8 (April 2026 → 22, February 2026 → 20).
     */
    public int daysAllowedIn(YearMonth month) {
        return daysAllowedIn(amountKind, daysPerMonth, month);
    }

    /** {@link #daysAllowedIn(YearMonth)} of a decision read as columns. */
    public static int daysAllowedIn(AmountKind kind, Integer daysPerMonth, YearMonth month) {
        return kind == AmountKind.DAYS ? daysPerMonth : StandardDays.in(month);
    }

    /** The last day this decision covers: the period's end, or for a 暫定支給決定 the earlier end of its provisional term. */
    public LocalDate coveredUntil() {
        return coveredUntil(periodTo, provisional, provisionalUntil);
    }

    /** {@link #coveredUntil()} of a decision read as columns. */
    public static LocalDate coveredUntil(LocalDate periodTo, boolean provisional, LocalDate provisionalUntil) {
        return provisional && provisionalUntil != null && provisionalUntil.isBefore(periodTo) ? provisionalUntil : periodTo;
    }

    /** Whether the decision covers {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(periodFrom) && !day.isAfter(coveredUntil());
    }

    /**
     * The months of the span {@code from}..{@code to} ({@code to} null: open-ended) that this decision covers, in
     * order; empty when they do not meet.
     */
    public List<YearMonth> monthsCovered(LocalDate from, LocalDate to) {
        LocalDate start = from.isAfter(periodFrom) ? from : periodFrom;
        LocalDate end = to == null || to.isAfter(coveredUntil()) ? coveredUntil() : to;
        List<YearMonth> months = new ArrayList<>();
        if (start.isAfter(end)) {
            return months;
        }
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public UUID certificateId() {
        return certificateId;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public AmountKind amountKind() {
        return amountKind;
    }

    public Integer daysPerMonth() {
        return daysPerMonth;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public boolean provisional() {
        return provisional;
    }

    public LocalDate provisionalUntil() {
        return provisionalUntil;
    }
}
