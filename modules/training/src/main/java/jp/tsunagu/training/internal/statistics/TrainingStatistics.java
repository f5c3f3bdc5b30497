package jp.tsunagu.training.internal.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.training.api.RetentionRate;
import jp.tsunagu.training.api.RetentionServiceRate;

/**
 * An office's figures for a fiscal year (April to March), counted from what the training module records (pure: the
 * rows come from {@link StatisticsService}). Aggregates only: no name, no person, no company; the reasons for ending are
 * the texts recorded, counted.
 *
 * <ul>
 *   <li>就労移行支援: the persons served (a recorded first day of use whose usage period, the standard months plus the
 *   extensions granted, overlaps the year, cut at the day before a hire after that first day; and a person without a
 *   recorded first day whose usage contract for 就労移行支援 runs on a day of the year up to today), the new starts (first
 *   day in the year), the placements made (hire date in the year), the 6-month days come in the year (by today) and of
 *   them those still employed on it, the placements ended (last day employed in the year), and the retention rate in
 *   force for the year (TR-2, reward year = this year);</li>
 *   <li>就労定着支援: the persons whose support ran on some day of the year, the supports started, those ended early
 *   because the person left the job, those that ran their course in the year; the service's rate for the year (TR-3);</li>
 *   <li>就労選択支援: the assessments started and completed in the year;</li>
 *   <li>each month of the year, and the reasons for ending, by reason.</li>
 * </ul>
 */
record TrainingStatistics(FiscalYear year, Transition transition, Support support, Selection selection, List<Month> months,
                          List<Reason> placementEndReasons, List<Reason> supportEndReasons) {

    record Transition(int served, int newStarts, int placements, int sixMonthDays, int retained, int ended, RetentionRate rate) {
    }

    record Support(int users, int started, int endedEarly, int completed, RetentionServiceRate rate) {
    }

    record Selection(int started, int completed) {
    }

    /** A month of the year: new starts, placements, 6-month days come and retained, placements ended, 就労選択支援 assessments completed. */
    record Month(YearMonth month, int newStarts, int placements, int sixMonthDays, int retained, int ended, int assessmentsCompleted) {
    }

    /** A reason for ending as recorded, and how many ended with it in the year. */
    record Reason(String reason, int count) {
    }

    /** A recorded first day of 就労移行支援 and the months of extension granted. */
    record PeriodRow(UUID person, LocalDate firstDay, int grantedMonths) {
    }

    record PlacementRow(UUID person, LocalDate hireDate, LocalDate endedOn, String endReason) {
        LocalDate sixMonthDay() {
            return hireDate.plusMonths(6);
        }

        boolean employedOn(LocalDate day) {
            return !day.isBefore(hireDate) && (endedOn == null || !endedOn.isBefore(day));
        }
    }

    record SupportRow(UUID person, LocalDate from, LocalDate to, LocalDate endedOn, String endReason) {
    }

    record AssessmentRow(LocalDate startedOn, LocalDate completedOn) {
    }

    /** The figures of {@code year} as of {@code today} (a 6-month day after today has not come). */
    static TrainingStatistics of(FiscalYear year, LocalDate today, int standardMonths, Collection<PeriodRow> periods,
                                 Collection<PlacementRow> placements, Collection<SupportRow> supports, Collection<AssessmentRow> assessments,
                                 Collection<UUID> contracted, RetentionRate transitionRate, RetentionServiceRate serviceRate) {
        Set<UUID> served = new HashSet<>(contracted);
        periods.forEach(p -> served.remove(p.person())); // a recorded first day rules: its period, cut at a hire
        for (PeriodRow p : periods) {
            LocalDate end = p.firstDay().plusMonths(standardMonths + p.grantedMonths()).minusDays(1);
            for (PlacementRow h : placements) {
                if (h.person().equals(p.person()) && !h.hireDate().isBefore(p.firstDay()) && h.hireDate().minusDays(1).isBefore(end)) {
                    end = h.hireDate().minusDays(1);
                }
            }
            if (!p.firstDay().isAfter(year.end()) && !end.isBefore(year.start()) && !end.isBefore(p.firstDay())) {
                served.add(p.person());
            }
        }
        Map<YearMonth, int[]> byMonth = new TreeMap<>();
        for (YearMonth m = YearMonth.from(year.start()); !m.isAfter(YearMonth.from(year.end())); m = m.plusMonths(1)) {
            byMonth.put(m, new int[6]);
        }
        for (PeriodRow p : periods) {
            if (year.contains(p.firstDay())) {
                byMonth.get(YearMonth.from(p.firstDay()))[0]++;
            }
        }
        Map<String, Integer> placementReasons = new HashMap<>();
        for (PlacementRow h : placements) {
            if (year.contains(h.hireDate())) {
                byMonth.get(YearMonth.from(h.hireDate()))[1]++;
            }
            LocalDate six = h.sixMonthDay();
            if (year.contains(six) && !six.isAfter(today)) {
                int[] m = byMonth.get(YearMonth.from(six));
                m[2]++;
                if (h.employedOn(six)) {
                    m[3]++;
                }
            }
            if (h.endedOn() != null && year.contains(h.endedOn())) {
                byMonth.get(YearMonth.from(h.endedOn()))[4]++;
                placementReasons.merge(reason(h.endReason()), 1, Integer::sum);
            }
        }
        List<Month> months = new ArrayList<>();
        for (AssessmentRow a : assessments) {
            if (a.completedOn() != null && year.contains(a.completedOn())) {
                byMonth.get(YearMonth.from(a.completedOn()))[5]++;
            }
        }
        int[] total = new int[6];
        byMonth.forEach((m, c) -> {
            months.add(new Month(m, c[0], c[1], c[2], c[3], c[4], c[5]));
            for (int i = 0; i < c.length; i++) {
                total[i] += c[i];
            }
        });
        Set<UUID> supported = new HashSet<>();
        int started = 0;
        int endedEarly = 0;
        int completed = 0;
        Map<String, Integer> supportReasons = new HashMap<>();
        for (SupportRow s : supports) {
            LocalDate last = s.endedOn() != null ? s.endedOn() : s.to();
            if (!s.from().isAfter(year.end()) && !last.isBefore(year.start())) {
                supported.add(s.person());
            }
            if (year.contains(s.from())) {
                started++;
            }
            if (s.endedOn() != null && year.contains(s.endedOn())) {
                endedEarly++;
                supportReasons.merge(reason(s.endReason()), 1, Integer::sum);
            } else if (s.endedOn() == null && year.contains(s.to()) && !s.to().isAfter(today)) {
                completed++;
            }
        }
        int assessmentsStarted = (int) assessments.stream().filter(a -> year.contains(a.startedOn())).count();
        int assessmentsCompleted = (int) assessments.stream().filter(a -> a.completedOn() != null && year.contains(a.completedOn())).count();
        return new TrainingStatistics(year, new Transition(served.size(), total[0], total[1], total[2], total[3], total[4], transitionRate),
                new Support(supported.size(), started, endedEarly, completed, serviceRate), new Selection(assessmentsStarted, assessmentsCompleted),
                months, reasons(placementReasons), reasons(supportReasons));
    }

    /** The year's totals of the month rows. */
    Month total() {
        return new Month(YearMonth.from(year.end()), transition.newStarts(), transition.placements(), transition.sixMonthDays(),
                transition.retained(), transition.ended(), selection.completed());
    }

    private static String reason(String recorded) {
        return recorded == null ? "" : recorded.strip().replaceAll("\\s+", " ");
    }

    /** Most frequent first, then by the text. */
    private static List<Reason> reasons(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> new Reason(e.getKey(), e.getValue()))
                .sorted((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : a.reason().compareTo(b.reason())).toList();
    }
}
