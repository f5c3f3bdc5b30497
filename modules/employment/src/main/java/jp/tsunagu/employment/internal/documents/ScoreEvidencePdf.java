package jp.tsunagu.employment.internal.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.tsunagu.employment.internal.payroll.PayrollService.Minutes;
import jp.tsunagu.employment.internal.score.TypeAScoreService;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * スコア方式の根拠資料 as one A4 PDF ({@link ScoreEvidenceView}), each part from a new page: 1 the cover with the score
 * (each item's points, or 未記録, and its trail; the total and the base units with theirs); 2 the production results of
 * the three years before against the wages paid (item Ⅱ, with the management improvement plan); 3 the contracts of
 * every user employed in the evidence year, by kana; 4 their hours month by month from the closed payrolls, the office's
 * and each user's, with the average daily hours item Ⅰ reads; 5 the pay month by month (gross, deductions, net); and an
 * appendix per user with the days as clocked. A month not closed reads 「未確定」, a closed month that paid the user
 * nothing 「支給なし」; a part without data says so instead of an empty table. The document is built here as pages of
 * blocks (headings, paragraphs, tables) and laid out by {@code templates/employment/score-evidence-pdf.html}; labels
 * from the bundles ({@code employment.scoreEvidence.*}, {@code employment.payrollDoc.*}).
 */
@Component
public class ScoreEvidencePdf {
    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    ScoreEvidencePdf(TemplateEngine templates, PdfDocuments pdf, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** A page of the document: the blocks printed on it (it may run on over several sheets). */
    public record Page(List<Block> blocks) {
    }

    /**
     * A block: a heading ({@code h1}, {@code h2}, {@code h3}), a paragraph ({@code p}, {@code note}, {@code meta}) with
     * its {@code text}, or a {@code table} with its heads, the alignment of each column ({@code l}, {@code r}, {@code c}; {@code s}: a trail, left in small type; {@code k}: a row's label)
     * and its rows.
     */
    public record Block(String kind, String text, List<String> heads, List<String> align, List<Row> rows) {
        static Block text(String kind, String text) {
            return new Block(kind, text, List.of(), List.of(), List.of());
        }

        static Block table(List<String> heads, List<String> align, List<Row> rows) {
            return new Block("table", "", heads, align, rows);
        }
    }

    /** A table's row: its cells and its kind ({@code plain}, {@code sum} for totals, {@code open} for a month not closed). */
    public record Row(List<String> cells, String kind) {
        static Row of(String kind, String... cells) {
            return new Row(List.of(cells), kind);
        }
    }

    /** The PDF's bytes. */
    public byte[] render(ScoreEvidenceView view, Locale locale) {
        PayrollLabels t = new PayrollLabels(messages, locale, "employment.scoreEvidence.");
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("title", t.get("title", yearName(view.year(), t)));
        context.setVariable("footer", t.get("footer", view.officeName(), yearName(view.year(), t)));
        context.setVariable("pages", pages(view, t));
        return pdf.render(templates.process("employment/score-evidence-pdf", context));
    }

    /** The document's pages, as printed. */
    static List<Page> pages(ScoreEvidenceView view, PayrollLabels t) {
        List<Page> pages = new ArrayList<>();
        pages.add(cover(view, t));
        pages.add(production(view, t));
        pages.add(contracts(view, t));
        pages.add(hours(view, t));
        pages.add(ledger(view, t));
        for (ScoreEvidenceView.Worker w : view.workers()) {
            pages.add(days(view, w, t));
        }
        return pages;
    }

    private static Page cover(ScoreEvidenceView view, PayrollLabels t) {
        List<Block> b = new ArrayList<>();
        TypeAScoreService.Score score = view.score();
        b.add(Block.text("h1", t.get("title", yearName(view.year(), t))));
        b.add(Block.text("meta", t.shared("office", view.officeName(), view.officeNumber())));
        b.add(Block.text("meta", t.get("reportYear", span(view.year(), t))));
        b.add(Block.text("meta", t.get("evidenceYear", span(view.evidenceYear(), t))));
        b.add(Block.text("meta", t.get("staffing", view.staffing())));
        b.add(Block.text("meta", t.get("issuedOn", t.date(view.issuedOn()))));
        b.add(Block.text("h2", t.get("section.score")));
        List<Row> rows = new ArrayList<>();
        for (TypeAScoreService.ItemScore item : score.items()) {
            rows.add(Row.of(item.points() == null ? "open" : "plain", t.get("item." + item.item().name()),
                    item.points() == null ? t.get("notRecorded") : t.get("points", String.valueOf(item.points())), item.trail()));
        }
        rows.add(Row.of("sum", t.get("total"), score.total() == null ? t.get("undetermined") : t.get("points", String.valueOf(score.total())),
                score.total() == null ? t.get("totalIncomplete") : ""));
        rows.add(Row.of("sum", t.get("units"), score.units() == null ? t.get("undetermined") : t.get("unitsValue", String.valueOf(score.units())),
                score.unitsTrail()));
        b.add(Block.table(List.of(t.get("head.item"), t.get("head.points"), t.get("head.trail")), List.of("l", "r", "s"), rows));
        b.add(Block.text("note", t.get("scoreNote")));
        b.add(Block.text("h2", t.get("contents")));
        for (String part : List.of("section.production", "section.contracts", "section.hours", "section.ledger", "section.appendix")) {
            b.add(Block.text("p", t.get(part, yearName(view.evidenceYear(), t))));
        }
        return new Page(b);
    }

    private static Page production(ScoreEvidenceView view, PayrollLabels t) {
        List<Block> b = new ArrayList<>();
        b.add(Block.text("h2", t.get("section.production", yearName(view.evidenceYear(), t))));
        List<String> heads = new ArrayList<>(List.of(t.get("head.item")));
        view.production().forEach(p -> heads.add(yearName(FiscalYear.startingIn(p.fiscalYear()), t)));
        List<Row> rows = new ArrayList<>();
        rows.add(production(view, t.get("production.revenue"), p -> t.number(p.revenue()), t, "plain"));
        rows.add(production(view, t.get("production.expenses"), p -> t.number(p.expenses()), t, "plain"));
        rows.add(production(view, t.get("production.balance"), p -> t.number(p.balance()), t, "sum"));
        rows.add(production(view, t.get("production.figuresFrom"), p -> t.get("production.figuresFrom." + p.figuresFrom()), t, "plain"));
        rows.add(production(view, t.get("production.wages"), p -> t.number(p.wages()), t, "plain"));
        rows.add(production(view, t.get("production.wagesFrom"), p -> t.get("production.wagesFrom." + p.wagesFrom()), t, "plain"));
        rows.add(production(view, t.get("production.result"), p -> t.get(p.met() ? "production.met" : "production.notMet"), t, "sum"));
        rows.add(production(view, t.get("production.shortfall"), p -> t.number(p.shortfall()), t, "plain"));
        rows.add(production(view, t.get("production.planDeadline"), p -> p.planDeadline() == null ? "—" : t.date(p.planDeadline()), t, "plain"));
        rows.add(production(view, t.get("production.planSubmitted"), p -> p.planSubmittedOn() == null ? (p.met() ? "—" : t.get("production.notSubmitted"))
                : t.date(p.planSubmittedOn()), t, "plain"));
        List<String> align = new ArrayList<>(List.of("l"));
        view.production().forEach(p -> align.add("r"));
        b.add(Block.table(heads, align, rows));
        for (ScoreEvidenceView.Production p : view.production()) {
            if (p.balance() != null && p.balance().planMissing()) {
                b.add(Block.text("p", t.get("production.planMissing", yearName(FiscalYear.startingIn(p.fiscalYear()), t))));
            }
        }
        for (TypeAScoreService.ItemScore item : view.score().items()) {
            if (item.item() == jp.tsunagu.rules.national.TypeAScoreItems.Item.II || item.item() == jp.tsunagu.rules.national.TypeAScoreItems.Item.VI) {
                b.add(Block.text("p", t.get("itemLine", t.get("item." + item.item().name()),
                        item.points() == null ? t.get("notRecorded") : t.get("points", String.valueOf(item.points())), item.trail())));
            }
        }
        b.add(Block.text("note", t.get("production.note")));
        return new Page(b);
    }

    /** A row of the production table: a column per year, 「未登録」 where the year has no results. */
    private static Row production(ScoreEvidenceView view, String label, Function<TypeAScoreService.Balance, String> cell, PayrollLabels t,
                                  String kind) {
        List<String> cells = new ArrayList<>(List.of(label));
        view.production().forEach(p -> cells.add(p.balance() == null ? t.get("production.notEntered") : cell.apply(p.balance())));
        return new Row(cells, kind);
    }

    /** Each user's contracts of the year as a table of terms, a column per contract (a change of terms is a new contract). */
    private static Page contracts(ScoreEvidenceView view, PayrollLabels t) {
        List<Block> b = new ArrayList<>();
        b.add(Block.text("h2", t.get("section.contracts", yearName(view.evidenceYear(), t))));
        if (view.workers().isEmpty()) {
            b.add(Block.text("p", t.get("noWorkers", yearName(view.evidenceYear(), t))));
            return new Page(b);
        }
        for (ScoreEvidenceView.Worker w : view.workers()) {
            b.add(Block.text("h3", t.get("person", w.name(), w.kana())));
            List<String> heads = new ArrayList<>(List.of(t.get("head.item")));
            List<String> align = new ArrayList<>(List.of("k"));
            for (ScoreEvidenceView.Contract c : w.contracts()) {
                heads.add(t.get("head.contract", t.date(c.startDate())));
                align.add("l");
            }
            List<Row> rows = new ArrayList<>();
            rows.add(contractRow(t.get("head.period"), w, c -> c.fixedTerm() ? t.get("periodFixed", t.date(c.startDate()), t.date(c.endDate()))
                    : t.get("periodOpen", t.date(c.startDate()))));
            rows.add(contractRow(t.get("head.term"), w, c -> c.fixedTerm()
                    ? t.get("fixedTerm") + (c.renewal() == null || c.renewal().isBlank() ? "" : t.get("renewal", c.renewal())) : t.get("openTerm")));
            rows.add(contractRow(t.get("head.daysPerWeek"), w, c -> t.get("daysPerWeek", String.valueOf(c.daysPerWeek()))));
            rows.add(contractRow(t.get("head.schedule"), w, c -> t.get("schedule", c.dailyStart().toString(), c.dailyEnd().toString(),
                    String.valueOf(c.breakMinutes()))));
            rows.add(contractRow(t.get("head.scheduled"), w, c -> t.get("scheduled", PayrollLabels.clock(c.dailyMinutes()),
                    PayrollLabels.clock(c.weeklyMinutes()))));
            rows.add(contractRow(t.get("head.hourlyWage"), w, c -> t.shared("yen", t.number(c.hourlyWage()))));
            rows.add(contractRow(t.get("head.job"), w, ScoreEvidenceView.Contract::job));
            b.add(Block.table(heads, align, rows));
        }
        b.add(Block.text("note", t.get("contractsNote")));
        return new Page(b);
    }

    private static Row contractRow(String label, ScoreEvidenceView.Worker w, Function<ScoreEvidenceView.Contract, String> cell) {
        List<String> cells = new ArrayList<>(List.of(label));
        w.contracts().forEach(c -> cells.add(cell.apply(c)));
        return new Row(cells, "plain");
    }

    private static Page hours(ScoreEvidenceView view, PayrollLabels t) {
        List<Block> b = new ArrayList<>();
        b.add(Block.text("h2", t.get("section.hours", yearName(view.evidenceYear(), t))));
        if (view.workers().isEmpty()) {
            b.add(Block.text("p", t.get("noWorkers", yearName(view.evidenceYear(), t))));
            return new Page(b);
        }
        if (noneClosed(view, t, b)) {
            return new Page(b);
        }
        List<String> heads = List.of(t.get("head.month"), t.shared("head.days"), t.shared("head.hours"), t.shared("head.overtimeHours"),
                t.shared("head.holidayHours"), t.shared("head.nightHours"));
        List<String> align = List.of("l", "r", "r", "r", "r", "r");
        // the office: the figures item I reads, with the users paid each month
        b.add(Block.text("h3", t.get("officeTotal")));
        List<String> officeHeads = new ArrayList<>(heads);
        officeHeads.add(1, t.get("head.users"));
        List<String> officeAlign = new ArrayList<>(align);
        officeAlign.add(1, "r");
        List<Row> office = new ArrayList<>();
        for (ScoreEvidenceView.PayrollMonth m : view.months()) {
            SlipTotals month = view.month(m.month());
            office.add(m.closed() ? hoursRow(t.eraMonth(m.month()), String.valueOf(month.totalled().size()), month, "plain")
                    : openRow(t.eraMonth(m.month()), t.get("open"), officeHeads.size()));
        }
        SlipTotals year = view.total();
        office.add(hoursRow(t.get("yearTotal"), "", year, "sum"));
        b.add(Block.table(officeHeads, officeAlign, office));
        b.add(Block.text("p", average(year, t)));
        // each user
        for (ScoreEvidenceView.Worker w : view.workers()) {
            b.add(Block.text("h3", t.get("person", w.name(), w.kana())));
            List<Row> rows = new ArrayList<>();
            for (ScoreEvidenceView.Month m : w.months()) {
                rows.add(m.paid() ? hoursRow(t.eraMonth(m.month()), null, () -> List.of(m.slip()), "plain")
                        : openRow(t.eraMonth(m.month()), t.get(m.closed() ? "notPaid" : "open"), heads.size()));
            }
            rows.add(hoursRow(t.get("yearTotal"), null, w, "sum"));
            b.add(Block.table(heads, align, rows));
            b.add(Block.text("p", average(w, t)));
        }
        b.add(Block.text("note", t.get("hoursNote")));
        return new Page(b);
    }

    /** Says so, where no month of the evidence year is closed (rather than twelve empty months). */
    private static boolean noneClosed(ScoreEvidenceView view, PayrollLabels t, List<Block> b) {
        if (view.months().stream().anyMatch(ScoreEvidenceView.PayrollMonth::closed)) {
            return false;
        }
        b.add(Block.text("p", t.get("noPayroll", yearName(view.evidenceYear(), t))));
        return true;
    }

    private static String average(SlipTotals totals, PayrollLabels t) {
        BigDecimal average = ScoreEvidenceView.average(totals.minutes().worked(), totals.days());
        return average == null ? t.get("averageNone")
                : t.get("average", average.toPlainString(), PayrollLabels.clock(totals.minutes().worked()), String.valueOf(totals.days()));
    }

    /** A row of hours: the label, the users paid ({@code null}: no such column), days, worked, overtime, holiday, night. */
    private static Row hoursRow(String label, String users, SlipTotals totals, String kind) {
        Minutes m = totals.minutes();
        List<String> cells = new ArrayList<>(List.of(label));
        if (users != null) {
            cells.add(users);
        }
        cells.addAll(List.of(String.valueOf(totals.days()), PayrollLabels.clock(m.worked()), PayrollLabels.clock(m.overtimeTotal()),
                PayrollLabels.clock(m.holiday()), PayrollLabels.clock(m.night())));
        return new Row(cells, kind);
    }

    /** A month without figures: its label, the state in the second column, the others empty. */
    private static Row openRow(String label, String state, int columns) {
        List<String> cells = new ArrayList<>(List.of(label, state));
        while (cells.size() < columns) {
            cells.add("");
        }
        return new Row(cells, "open");
    }

    private static Page ledger(ScoreEvidenceView view, PayrollLabels t) {
        List<Block> b = new ArrayList<>();
        b.add(Block.text("h2", t.get("section.ledger", yearName(view.evidenceYear(), t))));
        if (view.workers().isEmpty()) {
            b.add(Block.text("p", t.get("noWorkers", yearName(view.evidenceYear(), t))));
            return new Page(b);
        }
        if (noneClosed(view, t, b)) {
            return new Page(b);
        }
        List<String> heads = List.of(t.get("head.month"), t.get("head.payDate"), t.get("head.users"), t.shared("head.gross"),
                t.shared("head.deductionsTotal"), t.shared("head.net"));
        b.add(Block.text("h3", t.get("officeTotal")));
        List<Row> office = new ArrayList<>();
        for (ScoreEvidenceView.PayrollMonth m : view.months()) {
            SlipTotals month = view.month(m.month());
            office.add(m.closed() ? payRow(t, t.eraMonth(m.month()), day(m.payDate()), String.valueOf(month.totalled().size()), month, "plain")
                    : openRow(t.eraMonth(m.month()), t.get("open"), heads.size()));
        }
        office.add(payRow(t, t.get("yearTotal"), "", "", view.total(), "sum"));
        b.add(Block.table(heads, List.of("l", "c", "r", "r", "r", "r"), office));
        List<String> own = List.of(t.get("head.month"), t.shared("head.hourlyWage"), t.shared("head.gross"), t.shared("head.deductionsTotal"),
                t.shared("head.net"));
        for (ScoreEvidenceView.Worker w : view.workers()) {
            b.add(Block.text("h3", t.get("person", w.name(), w.kana())));
            List<Row> rows = new ArrayList<>();
            for (ScoreEvidenceView.Month m : w.months()) {
                rows.add(m.paid() ? Row.of("plain", t.eraMonth(m.month()), t.number(m.slip().hourlyWage()), t.number(m.slip().payslip().gross()),
                        t.number(m.slip().payslip().deductionsTotal()), t.number(m.slip().payslip().net()))
                        : openRow(t.eraMonth(m.month()), t.get(m.closed() ? "notPaid" : "open"), own.size()));
            }
            rows.add(Row.of("sum", t.get("yearTotal"), "", t.number(w.gross()), t.number(w.deductionsTotal()), t.number(w.net())));
            b.add(Block.table(own, List.of("l", "r", "r", "r", "r"), rows));
        }
        b.add(Block.text("note", t.get("ledgerNote")));
        return new Page(b);
    }

    private static Row payRow(PayrollLabels t, String label, String payDate, String users, SlipTotals totals, String kind) {
        return Row.of(kind, label, payDate, users, t.number(totals.gross()), t.number(totals.deductionsTotal()), t.number(totals.net()));
    }

    private static Page days(ScoreEvidenceView view, ScoreEvidenceView.Worker w, PayrollLabels t) {
        List<Block> b = new ArrayList<>();
        b.add(Block.text("h2", t.get("section.days", w.name(), w.kana(), yearName(view.evidenceYear(), t))));
        if (w.clocked().isEmpty()) {
            b.add(Block.text("p", t.get("noDays", yearName(view.evidenceYear(), t))));
            return new Page(b);
        }
        List<Row> rows = new ArrayList<>();
        YearMonth current = null;
        long monthMinutes = 0;
        int monthDays = 0;
        for (ScoreEvidenceView.Day d : w.clocked()) {
            YearMonth month = YearMonth.from(d.date());
            if (current != null && !month.equals(current)) {
                rows.add(monthSum(t, current, monthDays, monthMinutes));
                monthMinutes = 0;
                monthDays = 0;
            }
            current = month;
            Long worked = d.worked();
            rows.add(Row.of("plain", d.date().toString(), d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, t.locale()),
                    d.checkIn().toString(), d.checkOut() == null ? t.get("dayOpen") : d.checkOut().toString(), String.valueOf(d.breakMinutes()),
                    worked == null ? "" : PayrollLabels.clock(worked)));
            monthMinutes += worked == null ? 0 : worked;
            monthDays += worked == null ? 0 : 1;
        }
        rows.add(monthSum(t, current, monthDays, monthMinutes));
        b.add(Block.table(List.of(t.get("head.date"), t.get("head.weekday"), t.get("head.checkIn"), t.get("head.checkOut"), t.get("head.break"),
                t.shared("head.hours")), List.of("l", "c", "c", "c", "r", "r"), rows));
        b.add(Block.text("note", t.get("daysNote")));
        return new Page(b);
    }

    private static Row monthSum(PayrollLabels t, YearMonth month, int days, long minutes) {
        return Row.of("sum", t.get("monthSum", t.eraMonth(month)), "", "", "", t.days(days), PayrollLabels.clock(minutes));
    }

    /** 令和8年度 (FY2026). */
    static String yearName(FiscalYear year, PayrollLabels t) {
        return t.get("yearName", year.japaneseName(), String.valueOf(year.startYear()));
    }

    /** 令和8年度 (2026-04-01〜2027-03-31). */
    private static String span(FiscalYear year, PayrollLabels t) {
        return t.get("yearSpan", year.japaneseName(), year.start().toString(), year.end().toString());
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
