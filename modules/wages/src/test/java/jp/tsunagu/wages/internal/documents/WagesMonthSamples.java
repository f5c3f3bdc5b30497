package jp.tsunagu.wages.internal.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.wages.internal.domain.PayCalculation;
import jp.tsunagu.wages.internal.domain.PayCalculation.Distributed;
import jp.tsunagu.wages.internal.domain.PayCalculation.Terms;
import jp.tsunagu.wages.internal.domain.PayCalculation.Work;
import jp.tsunagu.wages.internal.run.RunService.Line;

/**
 * Closed months for the documents' tests, their amounts from the pay calculation itself. {@link #wg2()} is the worked case
 * WG-2 in 2025-04: revenue 1,200,000 − expenses 380,000 = pool 820,000; 220 yen per hour, the rest by hours; 3,280 h in
 * all (twenty users of 160 h, 相田 花子 first by kana, and one of 80 h) → base 721,600, rest 98,400 = 30 yen per hour; a
 * user of 160 h gets 35,200 + 4,800 = 40,000, the one of 80 h 17,600 + 2,400 = 20,000.
 */
final class WagesMonthSamples {
    static final YearMonth APRIL = YearMonth.of(2025, 4);
    static final PersonId AIDA = PersonId.of("00000000-0000-4000-8000-000000000001");
    static final PersonId WATANABE = PersonId.of("00000000-0000-4000-8000-000000000021");

    private WagesMonthSamples() {
    }

    static WagesMonthView wg2() {
        List<Work<PersonId>> work = new ArrayList<>();
        Map<PersonId, String[]> names = new LinkedHashMap<>();
        for (int i = 1; i <= 21; i++) {
            PersonId person = PersonId.of("00000000-0000-4000-8000-0000000000%02d".formatted(i));
            names.put(person, switch (i) {
                case 1 -> new String[] {"相田 花子", "アイダ ハナコ"};
                case 21 -> new String[] {"渡辺 次郎", "ワタナベ ジロウ"};
                default -> new String[] {"利用者 %02d".formatted(i), "リヨウシャ %02d".formatted(i)};
            });
            work.add(i == 21 ? new Work<>(person, 80 * 60, 10, 0) : new Work<>(person, 160 * 60, 20, 0));
        }
        return view(APRIL, Terms.hourly(Yen.of(220)), Yen.of(1_200_000), Yen.of(380_000), work, names);
    }

    /**
     * A month under a daily rate of 1,000 yen with the rest shared equally: 岡 3 days, 森 2 days; pool 10,000 → base
     * 3,000 and 2,000, the rest 5,000 → 2,500 each.
     */
    static WagesMonthView dailyEqual() {
        PersonId oka = PersonId.of("00000000-0000-4000-8000-0000000000a1");
        PersonId mori = PersonId.of("00000000-0000-4000-8000-0000000000a2");
        Terms terms = new Terms(PayCalculation.Basis.DAILY, null, Yen.of(1_000), null, null, PayCalculation.RestBy.EQUAL, Yen.Rounding.TRUNCATE);
        Map<PersonId, String[]> names = new LinkedHashMap<>();
        names.put(oka, new String[] {"岡 一", "オカ ハジメ"});
        names.put(mori, new String[] {"森 二郎", "モリ ジロウ"});
        return view(YearMonth.of(2025, 5), terms, Yen.of(12_000), Yen.of(2_000),
                List.of(new Work<>(oka, 12 * 60, 3, 0), new Work<>(mori, 8 * 60, 2, 0)), names);
    }

    private static WagesMonthView view(YearMonth month, Terms terms, Yen revenue, Yen expenses, List<Work<PersonId>> work,
                                       Map<PersonId, String[]> names) {
        Distributed<PersonId> d = (Distributed<PersonId>) PayCalculation.calculate(terms, Map.of(), revenue.minus(expenses), work);
        List<Line> lines = d.payments().stream().map(p -> new Line(p.user(), names.get(p.user())[0], names.get(p.user())[1],
                ServiceType.TYPE_B, p.minutes(), p.days(), p.pieces(), p.rate(), p.base(), p.share())).toList();
        return new WagesMonthView("つなぐ作業所", "1310000005", month, month, terms, revenue, expenses, Yen.ZERO, d.baseTotal(), d.rest(),
                lines, month.plusMonths(1).atDay(8), month.plusMonths(1).atDay(10));
    }
}
