package jp.tsunagu.wages.internal.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.wages.internal.domain.PayCalculation.Distributed;
import jp.tsunagu.wages.internal.domain.PayCalculation.RestBy;
import jp.tsunagu.wages.internal.domain.PayCalculation.Terms;
import jp.tsunagu.wages.internal.reserves.SetAside;
import jp.tsunagu.wages.internal.run.AdjustmentService;
import jp.tsunagu.wages.internal.run.RunService;
import jp.tsunagu.wages.internal.run.RunService.Line;

/**
 * 工賃の確定月: what the documents of a closed month show (工賃明細書, 工賃一覧 as Excel and CSV), as its close stored it:
 * the office, the month, the 工賃規程 version that applied ({@code ruleFrom}, its {@code terms}), the pool (revenue,
 * expenses, the reserve used), the split (base parts and the rest) and each user's line, by kana. The figures must add
 * up as the close guarantees (Σ base = baseTotal, Σ share = rest, Σ adjustment = the adjustments paid for closed months,
 * baseTotal + rest + adjustments = pool + reserve used − set aside): a view that does not is refused.
 *
 * @param closedOn the day the month was closed (工賃確定日)
 * @param issuedOn the day the document is made (発行日)
 */
public record WagesMonthView(String officeName, String officeNumber, YearMonth month, YearMonth ruleFrom, Terms terms, Yen revenue,
        Yen expenses, Yen reserveUsed, Yen baseTotal, Yen rest, List<Line> lines, LocalDate closedOn, LocalDate issuedOn,
        List<AdjustmentService.Adjustment> adjustments, SetAside setAside) {

    /** A month without adjustments for closed months or set-asides. */
    public WagesMonthView(String officeName, String officeNumber, YearMonth month, YearMonth ruleFrom, Terms terms, Yen revenue,
                          Yen expenses, Yen reserveUsed, Yen baseTotal, Yen rest, List<Line> lines, LocalDate closedOn, LocalDate issuedOn) {
        this(officeName, officeNumber, month, ruleFrom, terms, revenue, expenses, reserveUsed, baseTotal, rest, lines, closedOn, issuedOn,
                List.of(), SetAside.NONE);
    }

    public WagesMonthView {
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(officeNumber, "officeNumber");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(ruleFrom, "ruleFrom");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(issuedOn, "issuedOn");
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
        setAside = setAside == null ? SetAside.NONE : setAside;
        Yen bases = lines.stream().map(Line::base).reduce(Yen.ZERO, Yen::plus);
        Yen shares = lines.stream().map(Line::share).reduce(Yen.ZERO, Yen::plus);
        if (!bases.equals(baseTotal) || !shares.equals(rest)) {
            throw new IllegalArgumentException("the lines' base parts " + bases + " and shares " + shares + " are not the month's "
                    + baseTotal + " and " + rest);
        }
        Yen adjusted = lines.stream().map(Line::adjustment).reduce(Yen.ZERO, Yen::plus);
        Yen owed = adjustments.stream().map(AdjustmentService.Adjustment::amount).reduce(Yen.ZERO, Yen::plus);
        if (!adjusted.equals(owed)) {
            throw new IllegalArgumentException("the lines' adjustments " + adjusted + " are not the month's " + owed);
        }
        if (!baseTotal.plus(rest).plus(owed).equals(revenue.minus(expenses).plus(reserveUsed).minus(setAside.total()))) {
            throw new IllegalArgumentException("paid " + baseTotal.plus(rest).plus(owed) + " is not the pool plus the reserve used less the set-aside");
        }
    }

    /**
     * The view of a closed month ({@code closed} as {@code RunService.closedRun} gives it); {@code clock} gives the day of
     * issue and the zone of the day closed.
     */
    static WagesMonthView of(OfficeSummary office, RunService.Calculation closed, Clock clock) {
        if (closed.closed() == null || !(closed.outcome() instanceof Distributed<PersonId> d)) {
            throw new IllegalArgumentException("a document of " + closed.month() + " needs its closed run, not a preview");
        }
        return new WagesMonthView(office.name(), office.officeNumber(), closed.month(), closed.rule().effectiveMonth(), closed.rule().terms(),
                closed.revenue(), closed.expenses(), closed.reserveUsed(), d.baseTotal(), d.rest(), closed.lines(),
                LocalDate.ofInstant(closed.closed().at(), clock.getZone()), LocalDate.now(clock), closed.adjustments(),
                closed.setAside());
    }

    /** 工賃の原資: revenue − expenses. */
    public Yen pool() {
        return revenue.minus(expenses);
    }

    /** What was paid out: the base parts, the rest and the adjustments for closed months (the pool and the reserve used). */
    public Yen totalPaid() {
        return baseTotal.plus(rest).plus(adjustmentsTotal());
    }

    /** The adjustments for closed months the month paid before sharing the rest. */
    public Yen adjustmentsTotal() {
        return adjustments.stream().map(AdjustmentService.Adjustment::amount).reduce(Yen.ZERO, Yen::plus);
    }

    /** The adjustments paid to {@code person}. */
    public List<AdjustmentService.Adjustment> adjustments(PersonId person) {
        return adjustments.stream().filter(a -> a.person().equals(person)).toList();
    }

    public long totalMinutes() {
        return lines.stream().mapToLong(Line::minutes).sum();
    }

    public int totalDays() {
        return lines.stream().mapToInt(Line::days).sum();
    }

    public int totalPieces() {
        return lines.stream().mapToInt(Line::pieces).sum();
    }

    /** The users who share the rest equally (those with any work: the calculation's weight of 1). */
    public int sharers() {
        return (int) lines.stream().filter(l -> l.days() > 0 || l.minutes() > 0 || l.pieces() > 0).count();
    }

    /** Whether anything was left to share by {@link Terms#restBy()} (a rest, and work to share it by). */
    public boolean restShared() {
        long weight = switch (terms.restBy()) {
            case HOURS -> totalMinutes();
            case DAYS -> totalDays();
            case EQUAL -> sharers();
        };
        return rest.isGreaterThan(Yen.ZERO) && weight > 0;
    }

    public RestBy restBy() {
        return terms.restBy();
    }

    public Optional<Line> line(PersonId person) {
        return lines.stream().filter(l -> l.person().equals(person)).findFirst();
    }
}
