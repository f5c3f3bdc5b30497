package jp.tsunagu.wages.internal.documents;

import jp.tsunagu.wages.internal.domain.PayCalculation.Terms;

/**
 * The lines that say how a closed month's 工賃 came about, as the payslip's 「この金額の根拠」 and the month's workbook head
 * both print them: the office, the 工賃規程 version with its method, how the rest is shared and the rounding; the pool;
 * the reserve used (empty when none); the split of what was paid into base parts and the rest.
 */
record MonthTexts(String office, String rule, String pool, String reserveUsed, String setAside, String split) {

    static MonthTexts of(WagesMonthView view, DocumentLabels labels) {
        Terms t = view.terms();
        String method = labels.shared("rule." + t.basis().name(), labels.yen(t.ratePerHour()), labels.yen(t.ratePerDay()),
                labels.yen(t.ratePerPiece()), labels.yen(t.fixedMonthly()));
        return new MonthTexts(labels.shared("office", view.officeName(), view.officeNumber()),
                labels.shared("rule", labels.eraMonth(view.ruleFrom()), method, labels.shared("restBy." + t.restBy().name()),
                        labels.shared("rounding." + t.rounding().name())),
                labels.shared("pool", labels.yen(view.revenue()), labels.yen(view.expenses()), labels.yen(view.pool())),
                view.reserveUsed().isZero() ? "" : labels.shared("reserveUsed", labels.yen(view.reserveUsed())),
                view.setAside().isNone() ? "" : labels.shared("setAside", labels.yen(view.setAside().kouchin()),
                        labels.yen(view.setAside().equipment()), view.setAside().resolution()),
                view.adjustmentsTotal().isZero()
                        ? labels.shared("split", labels.yen(view.baseTotal()), labels.yen(view.rest()), labels.yen(view.totalPaid()))
                        : labels.shared("splitAdjusted", labels.yen(view.baseTotal()), labels.yen(view.rest()),
                        labels.yen(view.adjustmentsTotal()), labels.yen(view.totalPaid())));
    }
}
