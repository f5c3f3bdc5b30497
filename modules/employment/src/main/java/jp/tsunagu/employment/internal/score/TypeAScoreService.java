package jp.tsunagu.employment.internal.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.employment.internal.payroll.PayrollService;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.TypeAScoreItems;
import jp.tsunagu.rules.national.TypeAScoreItems.Item;
import jp.tsunagu.rules.national.TypeAScoreUnits;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The A型 score (スコア方式) an office reports for a fiscal year, from the year before: Ⅰ the employed users' average
 * daily working hours from the closed payrolls (EM-7); Ⅱ whether the production balance reached the wages paid in each
 * of the last three years (production results as entered, wages from the closed payrolls unless entered); Ⅵ the
 * deduction when a required management improvement plan was not submitted by its deadline; Ⅲ, Ⅳ, Ⅴ and Ⅶ as the
 * office records them with their evidence (the rule data holds no scale for them yet). The total, and the base units it
 * implies by staffing type and capacity ({@code type-a-score-units}); every item with its trail.
 */
@Service
public class TypeAScoreService {
    private final ProductionResultRepository results;
    private final ProductionBalanceService balances;
    private final ScoreMeasureRepository measures;
    private final PayrollService payroll;
    private final Rules rules;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    TypeAScoreService(ProductionResultRepository results, ProductionBalanceService balances, ScoreMeasureRepository measures, PayrollService payroll, Rules rules, Offices offices,
                      AuditTrail audit, Clock clock) {
        this.results = results;
        this.balances = balances;
        this.measures = measures;
        this.payroll = payroll;
        this.rules = rules;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A production year as entered. */
    public record ProductionYear(int fiscalYear, Yen revenue, Yen expenses, Yen wagesPaid, String evidence, LocalDate planDeadline,
                                 LocalDate planSubmittedOn) {
    }

    @Transactional
    public void saveProduction(OfficeId office, ProductionYear y, String by) {
        offices.require(office);
        if (y.planSubmittedOn() != null && y.planDeadline() == null) {
            throw new Problem.Invalid("planDeadline", "employment.score.planDeadline");
        }
        ProductionResult r = results.of(office.value(), y.fiscalYear()).orElseGet(() -> new ProductionResult(office, y.fiscalYear(), by, clock.instant()));
        r.set(y.revenue(), y.expenses(), y.wagesPaid(), y.evidence(), y.planDeadline(), y.planSubmittedOn());
        results.save(r);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "production_result", r.id().toString()).inOffice(office)
                .withDetails("FY" + y.fiscalYear() + " revenue=" + y.revenue().value() + " expenses=" + y.expenses().value()));
    }

    @Transactional
    public void saveMeasure(OfficeId office, int fiscalYear, Item item, int points, String evidence, String by) {
        offices.require(office);
        if (!List.of(Item.III, Item.IV, Item.V, Item.VII).contains(item)) {
            throw new Problem.Invalid("item", "employment.score.itemComputed", item.name());
        }
        ScoreMeasure m = measures.of(office.value(), fiscalYear).stream().filter(x -> x.item().equals(item.name())).findFirst()
                .orElseGet(() -> new ScoreMeasure(office, fiscalYear, item.name(), by, clock.instant()));
        m.set(points, evidence);
        measures.save(m);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "score_measure", m.id().toString()).inOffice(office)
                .withDetails("FY" + fiscalYear + " " + item + "=" + points));
    }

    /**
     * A production year's balance against the wages paid: met when revenue − expenses ≥ wages. {@code figuresFrom}: YEAR
     * (the year's statement as entered), MONTHS (the months entered, added up) or LEDGER (the production ledger's A型
     * activities, month by month).
     */
    public record Balance(int fiscalYear, Yen revenue, Yen expenses, Yen wages, String wagesFrom, boolean met, LocalDate planDeadline,
                          LocalDate planSubmittedOn, String figuresFrom) {
        public Yen balance() {
            return revenue.minus(expenses);
        }

        public Yen shortfall() {
            return met ? Yen.ZERO : wages.minus(balance());
        }

        /** A shortfall requires a management improvement plan; not submitted by the deadline counts against the score. */
        public boolean planMissing() {
            return !met && (planSubmittedOn == null || (planDeadline != null && planSubmittedOn.isAfter(planDeadline)));
        }
    }

    /** One item: its points (null where it cannot be scored yet) and how they were found. */
    public record ItemScore(Item item, Integer points, String trail) {
    }

    /** The score for {@code year}: each item, the total (null until every item has points), the units it implies. */
    public record Score(FiscalYear year, List<ItemScore> items, List<Balance> balances, Integer total, Integer units, String unitsTrail) {
    }

    /**
     * A production year with its wages (from the closed payrolls of the year, else as entered): the year's statement
     * where it is recorded, else its months added up once all twelve are entered (or, from the production ledger, once
     * the year is over) and a payroll of the year is closed. Empty otherwise: item Ⅱ then waits for the year.
     */
    @Transactional(readOnly = true)
    public Optional<Balance> balance(OfficeId office, int fiscalYear) {
        FiscalYear year = FiscalYear.startingIn(fiscalYear);
        Optional<ProductionResult> statement = results.of(office.value(), fiscalYear);
        if (statement.isEmpty()) {
            // without the year's statement, its months decide once they are all there: every month entered, or the
            // ledger's year over; and only against wages known from closed payrolls (none closed: the year is left out)
            ProductionBalanceService.YearBalance months = balances.year(office, year);
            boolean complete = "LEDGER".equals(months.source()) ? YearMonth.now(clock).isAfter(year.lastMonth()) && months.monthsEntered() > 0
                    : months.monthsEntered() == 12;
            PayrollService.YearTotals paid = payroll.closedYear(office, year);
            if (!complete || paid.monthsClosed() == 0) {
                return Optional.empty();
            }
            return Optional.of(new Balance(fiscalYear, months.revenue(), months.expenses(), paid.gross(), "PAYROLL",
                    !months.balance().isLessThan(paid.gross()), null, null, months.source()));
        }
        ProductionResult r = statement.get();
        PayrollService.YearTotals paid = payroll.closedYear(office, year);
        boolean fromPayroll = paid.monthsClosed() > 0 && r.wagesPaid() == null;
        Yen wages = fromPayroll ? paid.gross() : (r.wagesPaid() == null ? Yen.ZERO : r.wagesPaid());
        return Optional.of(new Balance(fiscalYear, r.revenue(), r.expenses(), wages, fromPayroll ? "PAYROLL" : "ENTERED",
                !r.revenue().minus(r.expenses()).isLessThan(wages), r.planDeadline(), r.planSubmittedOn(), "YEAR"));
    }

    /** The score the office reports for {@code year} (from the results of the years before); audited as a read. */
    @Transactional
    public Score score(OfficeId office, FiscalYear year, String staffing) {
        OfficeSummary summary = offices.require(office);
        RuleView view = rules.on(year.start());
        TypeAScoreItems items = new TypeAScoreItems(view);
        List<ItemScore> scored = new ArrayList<>();

        PayrollService.YearTotals last = payroll.closedYear(office, year.previous());
        if (last.userDays() == 0) {
            scored.add(new ItemScore(Item.I, null, "no closed payroll in " + year.previous()));
        } else {
            BigDecimal hours = BigDecimal.valueOf(last.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            scored.add(new ItemScore(Item.I, items.workingHoursPoints(BigDecimal.valueOf(last.minutes()).divide(BigDecimal.valueOf(60), 10,
                    RoundingMode.HALF_EVEN), last.userDays()), hours.stripTrailingZeros().toPlainString() + " h over " + last.userDays()
                    + " user-days in " + year.previous() + " (" + last.monthsClosed() + " months closed)"));
        }

        List<Balance> balances = new ArrayList<>();
        for (int back = 1; back <= 3; back++) {
            balance(office, year.startYear() - back).ifPresent(balances::add);
        }
        if (balances.size() < 3) {
            scored.add(new ItemScore(Item.II, null, "production results missing: " + balances.size() + " of the 3 years before " + year));
        } else {
            scored.add(new ItemScore(Item.II, items.productionActivityPoints(balances.get(0).met(), balances.get(1).met(), balances.get(2).met()),
                    balances.stream().map(b -> "FY" + b.fiscalYear() + (b.met() ? " met" : " not met")).toList().toString()));
        }
        List<ScoreMeasure> recorded = measures.of(office.value(), year.startYear());
        for (Item item : List.of(Item.III, Item.IV, Item.V)) {
            scored.add(measured(recorded, item));
        }
        boolean planMissing = !balances.isEmpty() && balances.getFirst().planMissing();
        scored.add(new ItemScore(Item.VI, items.improvementPlanPoints(planMissing), planMissing ? "required plan not submitted by its deadline"
                : "no deduction"));
        scored.add(measured(recorded, Item.VII));

        Integer total = scored.stream().allMatch(s -> s.points() != null) ? scored.stream().mapToInt(ItemScore::points).sum() : null;
        Integer units = null;
        String unitsTrail = "score incomplete";
        if (total != null) {
            int capacity = summary.capacities().getOrDefault(ServiceType.TYPE_A, 0);
            units = new TypeAScoreUnits(view).units(staffing, capacity, total);
            unitsTrail = "staffing " + staffing + ", capacity " + capacity + ", score " + total;
        }
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "type_a_score", office.value() + ":" + year).inOffice(office)
                .withDetails("total=" + total));
        return new Score(year, scored, balances, total, units, unitsTrail);
    }

    private static ItemScore measured(List<ScoreMeasure> recorded, Item item) {
        return recorded.stream().filter(m -> m.item().equals(item.name())).findFirst()
                .map(m -> new ItemScore(item, m.points(), "recorded by the office: " + m.evidence()))
                .orElse(new ItemScore(item, null, "not recorded (the rule data has no scale for this item yet)"));
    }
}
