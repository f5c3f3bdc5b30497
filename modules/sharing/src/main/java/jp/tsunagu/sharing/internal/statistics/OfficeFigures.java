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
import jp.tsunagu.workspace.api.AttendanceQueries;
import org.springframework.stereotype.Component;

/**
 * An office's figures of a month and of its fiscal year up to the month, for a municipality, read under the office's
 * own tenant through the other modules' queries and suppressed by {@link Disclosure} before they leave: users by
 * service type (a usage contract running on a day of the period), the average monthly 工賃 (B型 and A型 without
 * contract: 工賃 paid ÷ average users per day, under the rules of {@code average-kouchin-rounding}; closed months only),
 * placements and 6-month retention, 就労選択支援 assessments completed, plans whose monitoring was overdue at the end of
 * the period. A module the office does not use gives "not available", never 0.
 */
@Component
class OfficeFigures {
    private static final Set<ServiceType> KOUCHIN = Set.of(ServiceType.TYPE_B, ServiceType.TYPE_A_NON_EMPLOYED);

    private final PlanningQueries planning;
    private final WagesQueries wages;
    private final AttendanceQueries attendance;
    private final TrainingFigures training;
    private final ModuleActivations modules;
    private final Rules rules;

    OfficeFigures(PlanningQueries planning, WagesQueries wages, AttendanceQueries attendance, TrainingFigures training,
                  ModuleActivations modules, Rules rules) {
        this.planning = planning;
        this.wages = wages;
        this.attendance = attendance;
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
        LocalDate to = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        LocalDate yearFrom = FiscalYear.of(month).start();
        List<Cell> ofMonth = new ArrayList<>();
        List<Cell> year = new ArrayList<>();
        for (ServiceType type : ServiceType.values()) {
            if (office.capacities().containsKey(type)) {
                String basis = "利用契約が期間に1日以上ある利用者 (" + type + ")";
                ofMonth.add(d.count("users." + type, planning.servedBetween(office.id(), type, from, to).size(), basis));
                year.add(d.count("users." + type, planning.servedBetween(office.id(), type, yearFrom, to).size(), basis));
            }
        }
        if (office.capacities().keySet().stream().anyMatch(KOUCHIN::contains)) {
            if (modules.isEnabled(office.id(), "wages")) {
                ofMonth.add(kouchin(office, List.of(month), on, d));
                List<YearMonth> months = new ArrayList<>();
                for (YearMonth m = YearMonth.from(yearFrom); !m.isAfter(month); m = m.plusMonths(1)) {
                    months.add(m);
                }
                year.add(kouchin(office, months, on, d));
            } else {
                ofMonth.add(Disclosure.notAvailable("wages.average", "工賃 (wages) を使っていない事業所"));
                year.add(Disclosure.notAvailable("wages.average", "工賃 (wages) を使っていない事業所"));
            }
        }
        if ((office.capacities().containsKey(ServiceType.TRANSITION) || office.capacities().containsKey(ServiceType.EMPLOYMENT_SELECTION))
                && modules.isEnabled(office.id(), "training")) {
            TrainingFigures.Figures f = training.figures(office.id(), month);
            training(d, f.ofMonth(), ofMonth);
            training(d, f.yearToDate(), year);
        }
        Cell overdue = d.count("plans.overdue", planning.monitoringsOverdue(office.id(), to),
                "個別支援計画のモニタリング期限を " + to + " に過ぎていた計画");
        ofMonth.add(overdue);
        year.add(overdue);
        return new Figures(ofMonth, year);
    }

    private static void training(Disclosure d, TrainingFigures.Counts c, List<Cell> into) {
        into.add(d.count("placements", c.placements(), "就職日が期間にある就職 (就労移行支援)"));
        into.add(d.count("retention.sixMonthDays", c.sixMonthDays(), "就職後6か月の日が期間に来た人"));
        into.add(d.over("retention.retained", c.sixMonthDays(), c.retained(), "そのうち6か月の日に在職していた人"));
        into.add(d.count("assessments", c.assessmentsCompleted(), "完了した就労選択支援のアセスメント"));
    }

    /**
     * The average monthly 工賃 over the closed months of {@code months}: their 工賃 paid ÷ the average users per day
     * (user-days ÷ opening days, B型 and A型 without contract) ÷ the number of those months, under the rounding rules of
     * the table; suppressed when fewer people than the threshold were paid.
     */
    private Cell kouchin(OfficeSummary office, List<YearMonth> months, RuleView on, Disclosure d) {
        Yen total = Yen.ZERO;
        long userDays = 0;
        long openingDays = 0;
        int closed = 0;
        Set<PersonId> paid = new HashSet<>();
        for (YearMonth m : months) {
            List<WagesQueries.Paid> run = wages.paid(office.id(), m);
            if (run.isEmpty()) {
                continue;
            }
            closed++;
            for (WagesQueries.Paid p : run) {
                total = total.plus(p.amount());
                paid.add(p.person());
            }
            userDays += attendance.month(office.id(), m).stream().filter(s -> KOUCHIN.contains(s.serviceType()))
                    .mapToLong(AttendanceQueries.MonthOfService::days).sum();
            openingDays += attendance.openingDays(office.id(), m, KOUCHIN);
        }
        if (closed == 0 || userDays == 0 || openingDays == 0) {
            return Disclosure.notAvailable("wages.average", "工賃の締められた月がない");
        }
        if (paid.size() < d.minimum()) {
            return d.over("wages.average", paid.size(), 0, "");
        }
        AverageMonthlyKouchinRules k = new AverageMonthlyKouchinRules(on);
        BigDecimal perDay = k.averageUsersPerDay(userDays, openingDays);
        int yearMonths = k.row().integer("months");
        // total ÷ (users a day × closed months), in the table's one division and rounding: the table divides by its
        // months, so the dividend carries them too (× 12 ÷ 12 is exact)
        Yen average = k.averageMonthlyKouchin(total.times(yearMonths), perDay.multiply(BigDecimal.valueOf(closed)));
        return d.over("wages.average", paid.size(), average.value(), "工賃 " + total.value() + "円 ÷ 平均利用者数 " + perDay.toPlainString()
                + "人/日 (延べ " + userDays + "人日 ÷ 開所 " + openingDays + "日) ÷ " + closed + "か月; " + AverageMonthlyKouchinRules.TABLE + " "
                + k.row().version().effectiveFrom());
    }
}
