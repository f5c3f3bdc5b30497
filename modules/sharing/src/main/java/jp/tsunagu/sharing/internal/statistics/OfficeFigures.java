package jp.tsunagu.sharing.internal.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.ModuleActivations;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.AverageMonthlyKouchinRules;
import jp.tsunagu.sharing.internal.SharingEvents.Cell;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.training.api.TrainingFigures;
import jp.tsunagu.wages.api.WagesQueries;
import org.springframework.stereotype.Component;

/**
 * An office's figures of a month and of its fiscal year up to the month, for a municipality, read under the office's
 * own tenant through the other modules' queries and suppressed by {@link Disclosure} before they leave: users by
 * service type (a usage contract running on a day of the period), the average monthly 工賃 (B型, as the wages module
 * counts it: 工賃 paid ÷ average users per day, under the rules of {@code average-kouchin-rounding}; closed months only),
 * placements and 6-month retention, 就労選択支援 assessments completed, plans whose monitoring was overdue at the end of
 * the period. A module the office does not use gives "not available", never 0.
 */
@Component
class OfficeFigures {
    private final PlanningQueries planning;
    private final WagesQueries wages;
    private final TrainingFigures training;
    private final ModuleActivations modules;
    private final Rules rules;

    OfficeFigures(PlanningQueries planning, WagesQueries wages, TrainingFigures training,
                  ModuleActivations modules, Rules rules) {
        this.planning = planning;
        this.wages = wages;
        this.training = training;
        this.modules = modules;
        this.rules = rules;
    }

    /** The month's and the year-to-date cells. */
    record Figures(List<Cell> ofMonth, List<Cell> yearToDate) {
    }

    /** The cells of {@code month}, judged on {@code today} (a month still running counts up to today). */
    Figures of(OfficeSummary office, YearMonth month, LocalDate today) {
        RuleView on = rules.on(month.atEndOfMonth());
        Disclosure d = Disclosure.of(on);
        LocalDate from = month.atDay(1);
        LocalDate to = end(month, today);
        YearMonth april = YearMonth.from(FiscalYear.of(month).start());
        List<Cell> ofMonth = new ArrayList<>();
        List<Cell> year = new ArrayList<>();
        for (ServiceType type : ServiceType.values()) {
            if (office.capacities().containsKey(type)) {
                String basis = "利用契約が期間に1日以上ある利用者 (" + type + ")";
                ofMonth.add(d.count("users." + type, planning.servedBetween(office.id(), type, from, to).size(), basis));
                List<Long> soFar = new ArrayList<>();
                for (YearMonth m = april; !m.isAfter(month); m = m.plusMonths(1)) {
                    soFar.add((long) planning.servedBetween(office.id(), type, april.atDay(1), end(m, today)).size());
                }
                year.add(d.distinctSoFar("users." + type, soFar, basis));
            }
        }
        if (office.capacities().containsKey(ServiceType.TYPE_B)) {
            if (modules.isEnabled(office.id(), "wages")) {
                List<WagesQueries.ClosedMonth> closed = wages.closedMonths(office.id(), april, month);
                ofMonth.add(kouchin(closed.stream().filter(c -> c.month().equals(month)).toList(), on, d));
                year.add(kouchin(closed, on, d));
            } else {
                ofMonth.add(Disclosure.notAvailable("wages.average", "工賃 (wages) を使っていない事業所"));
                year.add(Disclosure.notAvailable("wages.average", "工賃 (wages) を使っていない事業所"));
            }
        }
        if ((office.capacities().containsKey(ServiceType.TRANSITION) || office.capacities().containsKey(ServiceType.EMPLOYMENT_SELECTION))
                && modules.isEnabled(office.id(), "training")) {
            training(d, training.figures(office.id(), month), ofMonth, year);
        }
        Cell overdue = d.count("plans.overdue", planning.monitoringsOverdue(office.id(), to),
                "個別支援計画のモニタリング期限を " + to + " に過ぎていた計画");
        ofMonth.add(overdue);
        year.add(overdue); // a count on a day, not a sum: the year's cell is the month's
        return new Figures(ofMonth, year);
    }

    private static LocalDate end(YearMonth month, LocalDate today) {
        return month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
    }

    /**
     * The month's placements, 6-month days, retained and assessments, and the year's sums, each year cell hidden where a
     * month's was (retained also where those not retained are few).
     */
    private static void training(Disclosure d, TrainingFigures.Figures f, List<Cell> ofMonth, List<Cell> year) {
        TrainingFigures.Counts c = f.ofMonth();
        ofMonth.add(d.count("placements", c.placements(), PLACEMENTS));
        ofMonth.add(d.count("retention.sixMonthDays", c.sixMonthDays(), SIX_MONTHS));
        ofMonth.add(d.part("retention.retained", c.sixMonthDays(), c.retained(), RETAINED));
        ofMonth.add(d.count("assessments", c.assessmentsCompleted(), ASSESSMENTS));
        List<TrainingFigures.Counts> months = f.months();
        year.add(d.sum("placements", months.stream().map(m -> (long) m.placements()).toList(),
                months.stream().map(m -> d.small(m.placements())).toList(), PLACEMENTS));
        year.add(d.sum("retention.sixMonthDays", months.stream().map(m -> (long) m.sixMonthDays()).toList(),
                months.stream().map(m -> d.small(m.sixMonthDays())).toList(), SIX_MONTHS));
        Cell retained = d.sum("retention.retained", months.stream().map(m -> (long) m.retained()).toList(),
                months.stream().map(m -> d.partHidden(m.sixMonthDays(), m.retained())).toList(), RETAINED);
        TrainingFigures.Counts y = f.yearToDate();
        year.add(d.partHidden(y.sixMonthDays(), y.retained()) ? d.part("retention.retained", y.sixMonthDays(), y.retained(), RETAINED) : retained);
        year.add(d.sum("assessments", months.stream().map(m -> (long) m.assessmentsCompleted()).toList(),
                months.stream().map(m -> d.small(m.assessmentsCompleted())).toList(), ASSESSMENTS));
    }

    private static final String PLACEMENTS = "就職日が期間にある就職 (就労移行支援)";
    private static final String SIX_MONTHS = "就職後6か月の日が期間に来た人";
    private static final String RETAINED = "そのうち6か月の日に在職していた人";
    private static final String ASSESSMENTS = "完了した就労選択支援のアセスメント";

    /**
     * The average monthly 工賃 over closed months (the wages module's own inputs: B型 users): their 工賃 paid ÷ the
     * average users per day (user-days ÷ opening days) ÷ the number of those months, under the rounding rules of the
     * table; suppressed when fewer people than the threshold were paid. The trail names the rule, not the sums (a sum
     * of yen over few people would be theirs).
     */
    private Cell kouchin(List<WagesQueries.ClosedMonth> closed, RuleView on, Disclosure d) {
        Yen total = Yen.ZERO;
        long userDays = 0;
        long openingDays = 0;
        Set<PersonId> paid = new HashSet<>();
        for (WagesQueries.ClosedMonth m : closed) {
            total = total.plus(m.paid());
            userDays += m.userDays();
            openingDays += m.openingDays();
            paid.addAll(m.paidPersons());
        }
        if (closed.isEmpty() || userDays == 0 || openingDays == 0 || paid.isEmpty()) {
            return Disclosure.notAvailable("wages.average", "工賃の締められた月がない");
        }
        if (d.small(paid.size())) {
            return d.count("wages.average", paid.size(), "");
        }
        AverageMonthlyKouchinRules k = new AverageMonthlyKouchinRules(on);
        BigDecimal perDay = k.averageUsersPerDay(userDays, openingDays);
        int yearMonths = k.row().integer("months");
        // total ÷ (users a day × closed months), in the table's one division and rounding: the table divides by its
        // months, so the dividend carries them too (× 12 ÷ 12 is exact)
        Yen average = k.averageMonthlyKouchin(total.times(yearMonths), perDay.multiply(BigDecimal.valueOf(closed.size())));
        return d.over("wages.average", paid.size(), average.value(), "B型の工賃 ÷ 平均利用者数 (延べ利用日数 ÷ 開所日数) ÷ 締めた月数 ("
                + closed.size() + "か月); " + AverageMonthlyKouchinRules.TABLE + " " + k.row().version().effectiveFrom());
    }
}
