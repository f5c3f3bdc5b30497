package jp.tsunagu.employment.internal.documents;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Item;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Line;
import jp.tsunagu.employment.internal.payroll.PayrollCalculation.Payslip;
import jp.tsunagu.employment.internal.payroll.PayrollService.Minutes;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;

/**
 * The payroll documents' plain views, with the figures and trails the calculation writes (1,300 yen an hour, commuting
 * 3,000 yen): 令和8年9月 of 東京A型事業所, paid 2026-10-23 — 相田 花子, one day of 7 h 30 min with 30 min after 22:00
 * (9,750 + 163 + 3,000 = 12,913, no deduction but the income tax of 0), and 小川 一, 4 h, 9 h 20 min (80 min overtime) and
 * 3 h on a Sunday (15,600 + 2,167 + 5,265 + 3,000 = 26,032; employment insurance 130, income tax 0, resident tax 1,000
 * → 24,902); and 小川's 2026 for the wage ledger: August (4 h: 5,200 + 3,000, resident tax 1,000 → 7,200), September,
 * October closed without pay for him, the other months not closed.
 */
final class PayrollSamples {
    static final PersonId AIDA = new PersonId(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    static final PersonId OGAWA = new PersonId(UUID.fromString("00000000-0000-4000-8000-0000000000a2"));
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    private PayrollSamples() {
    }

    static Line line(Item item, long amount, String trail) {
        return new Line(item, Yen.of(amount), trail);
    }

    static PayrollMonthView.Slip aida() {
        return new PayrollMonthView.Slip(AIDA, "相田 花子", "アイダ ハナコ", Yen.of(1_300), 1, new Minutes(450, 450, 0, 0, 0, 30), new Payslip(
                List.of(line(Item.BASE, 9_750, "1300 × 450 min ÷ 60"), line(Item.LATE_NIGHT, 163, "1300 × 30 min ÷ 60 × 25 %"),
                        line(Item.COMMUTING, 3_000, "contract, monthly")),
                List.of(line(Item.INCOME_TAX, 0, "A 9913, 扶養親族等 0, pay date 2026-10-23"))));
    }

    static PayrollMonthView.Slip ogawa() {
        return new PayrollMonthView.Slip(OGAWA, "小川 一", "オガワ ハジメ", Yen.of(1_300), 3, new Minutes(980, 720, 80, 0, 180, 0), new Payslip(
                List.of(line(Item.BASE, 15_600, "1300 × 720 min ÷ 60"), line(Item.OVERTIME, 2_167, "1300 × 80 min ÷ 60 × (100 + 25) %"),
                        line(Item.HOLIDAY, 5_265, "1300 × 180 min ÷ 60 × (100 + 35) %"), line(Item.COMMUTING, 3_000, "contract, monthly")),
                List.of(line(Item.EMPLOYMENT_INSURANCE, 130, "26032 × 5/1000 (period closing 2026-09-30)"),
                        line(Item.INCOME_TAX, 0, "A 22902, 扶養親族等 1 (incl. the person: disability), pay date 2026-10-23"),
                        line(Item.RESIDENT_TAX, 1_000, "municipality's notice"))));
    }

    static PayrollMonthView.Slip ogawaAugust() {
        return new PayrollMonthView.Slip(OGAWA, "小川 一", "オガワ ハジメ", Yen.of(1_300), 1, new Minutes(240, 240, 0, 0, 0, 0), new Payslip(
                List.of(line(Item.BASE, 5_200, "1300 × 240 min ÷ 60"), line(Item.COMMUTING, 3_000, "contract, monthly")),
                List.of(line(Item.INCOME_TAX, 0, "A 5200, 扶養親族等 1 (incl. the person: disability), pay date 2026-09-25"),
                        line(Item.RESIDENT_TAX, 1_000, "municipality's notice"))));
    }

    /** 令和8年9月, by kana: 相田, 小川. */
    static PayrollMonthView september() {
        return september(List.of(aida(), ogawa()));
    }

    static PayrollMonthView september(List<PayrollMonthView.Slip> slips) {
        return new PayrollMonthView("東京A型事業所", "1300000001", SEPTEMBER, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 23),
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), slips);
    }

    /** 小川's 2026: August and September paid, October closed without pay for him, the rest not closed. */
    static WageLedgerView ogawaYear() {
        List<WageLedgerView.Month> months = new java.util.ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2026, m);
            months.add(switch (m) {
                case 8 -> new WageLedgerView.Month(month, month.atEndOfMonth(), LocalDate.of(2026, 9, 25), ogawaAugust());
                case 9 -> new WageLedgerView.Month(month, month.atEndOfMonth(), LocalDate.of(2026, 10, 23), ogawa());
                case 10 -> new WageLedgerView.Month(month, month.atEndOfMonth(), LocalDate.of(2026, 11, 25), null);
                default -> new WageLedgerView.Month(month, null, null, null);
            });
        }
        return new WageLedgerView("東京A型事業所", "1300000001", "小川 一", "オガワ ハジメ", Year.of(2026), months, LocalDate.of(2026, 11, 30));
    }
}
