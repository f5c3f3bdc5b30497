package jp.tsunagu.employment.internal.score;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.employment.internal.payroll.PayrollService;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production balance month by month (生産活動の月次収支): each month's revenue and expenses as the office enters
 * them from its accounts, against the wages of the month's closed payroll, with the shortfall of a month and of the
 * year so far. A year's balance for the score adds its months up unless the year's statement is recorded
 * ({@link TypeAScoreService#balance}).
 */
@Service
public class ProductionBalanceService {
    private final ProductionMonthRepository months;
    private final jp.tsunagu.wages.api.ProductionQueries ledger;
    private final PayrollService payroll;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    ProductionBalanceService(ProductionMonthRepository months, jp.tsunagu.wages.api.ProductionQueries ledger, PayrollService payroll,
                             Offices offices, AuditTrail audit, Clock clock) {
        this.months = months;
        this.ledger = ledger;
        this.payroll = payroll;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A month: revenue and expenses (null while not entered), the wages of its closed payroll (null while open), and
     * where the figures come from: {@code LEDGER} (the production ledger's A型 activities) or {@code ENTERED}.
     */
    public record MonthBalance(YearMonth month, Yen revenue, Yen expenses, Yen wages, String evidence, String source) {
        public boolean entered() {
            return revenue != null;
        }

        public Yen balance() {
            return entered() ? revenue.minus(expenses) : null;
        }

        /** What the balance lacks to cover the wages; zero when it covers them; null until both are known. */
        public Yen shortfall() {
            if (!entered() || wages == null) {
                return null;
            }
            return balance().isLessThan(wages) ? wages.minus(balance()) : Yen.ZERO;
        }
    }

    /**
     * The fiscal year's months (April to March) and their sums over the months entered and the wages of closed months;
     * {@code source}: LEDGER where the office keeps its A型 production in the ledger, else MONTHS (entered).
     */
    public record YearBalance(FiscalYear year, List<MonthBalance> months, Yen revenue, Yen expenses, Yen wages, int monthsEntered,
                              int monthsPaid, String source) {
        public Yen balance() {
            return revenue.minus(expenses);
        }

        /** The wages of the months entered (a month not paid yet counts none): what the year so far is compared with. */
        public Yen wagesOfEntered() {
            return months.stream().filter(m -> m.entered() && m.wages() != null).map(MonthBalance::wages).reduce(Yen.ZERO, Yen::plus);
        }

        /** The year so far: the months entered against the wages of those months. */
        public Yen shortfall() {
            return balance().isLessThan(wagesOfEntered()) ? wagesOfEntered().minus(balance()) : Yen.ZERO;
        }
    }

    @Transactional
    public MonthBalance saveMonth(OfficeId office, YearMonth month, Yen revenue, Yen expenses, String evidence, String by) {
        offices.require(office);
        if (month.isAfter(YearMonth.now(clock))) {
            throw new Problem.Invalid("month", "employment.production.futureMonth", month);
        }
        if (ledger.employedTotals(office, month).isPresent()) {
            throw new Problem.Invalid("month", "employment.production.keptInLedger", month);
        }
        ProductionMonth m = months.of(office.value(), month.atDay(1)).orElseGet(() -> new ProductionMonth(office, month, by, clock.instant()));
        m.set(revenue, expenses, evidence);
        months.save(m);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "production_month", m.id().toString()).inOffice(office)
                .withDetails(month + " revenue=" + revenue.value() + " expenses=" + expenses.value()));
        Yen wages = payroll.closedGrossByMonth(office, FiscalYear.of(month)).get(month);
        return new MonthBalance(month, m.revenue(), m.expenses(), wages, m.evidence(), "ENTERED");
    }

    /**
     * The year's months with the wages of its closed payrolls (aggregates only, not audited): from the production
     * ledger's A型 activities where the office keeps them there (a month without entries counts as not entered), else
     * as entered.
     */
    @Transactional(readOnly = true)
    public YearBalance year(OfficeId office, FiscalYear year) {
        offices.require(office);
        boolean kept = ledger.employedTotals(office, year.firstMonth()).isPresent();
        Map<YearMonth, ProductionMonth> entered = kept ? Map.of()
                : months.between(office.value(), year.firstMonth().atDay(1), year.lastMonth().atDay(1)).stream()
                .collect(Collectors.toMap(ProductionMonth::month, Function.identity()));
        Map<YearMonth, Yen> paid = payroll.closedGrossByMonth(office, year);
        List<MonthBalance> list = new ArrayList<>();
        Yen revenue = Yen.ZERO;
        Yen expenses = Yen.ZERO;
        Yen wages = Yen.ZERO;
        int monthsEntered = 0;
        for (YearMonth m = year.firstMonth(); !m.isAfter(year.lastMonth()); m = m.plusMonths(1)) {
            MonthBalance b;
            if (kept) {
                jp.tsunagu.wages.api.ProductionQueries.MonthTotals t = ledger.employedTotals(office, m).orElseThrow();
                boolean any = !t.revenue().equals(Yen.ZERO) || !t.expenses().equals(Yen.ZERO);
                b = new MonthBalance(m, any ? t.revenue() : null, any ? t.expenses() : null, paid.get(m), null, any ? "LEDGER" : null);
            } else {
                ProductionMonth e = entered.get(m);
                b = new MonthBalance(m, e == null ? null : e.revenue(), e == null ? null : e.expenses(), paid.get(m), e == null ? null : e.evidence(),
                        e == null ? null : "ENTERED");
            }
            list.add(b);
            if (b.entered()) {
                revenue = revenue.plus(b.revenue());
                expenses = expenses.plus(b.expenses());
                monthsEntered++;
            }
            if (paid.containsKey(m)) {
                wages = wages.plus(paid.get(m));
            }
        }
        return new YearBalance(year, list, revenue, expenses, wages, monthsEntered, paid.size(), kept ? "LEDGER" : "MONTHS");
    }
}
