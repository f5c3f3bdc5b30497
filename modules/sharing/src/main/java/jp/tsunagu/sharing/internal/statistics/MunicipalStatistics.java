package jp.tsunagu.sharing.internal.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.sharing.internal.SharingEvents;
import jp.tsunagu.sharing.internal.SharingEvents.Cell;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.ReplicaReads;
import jp.tsunagu.web.CsvText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's side: what the opted-in offices published, stored as received (a newer publication of a period
 * replaces the older; a fiscal year only moves forward), shown per office for a month or a fiscal year, as a table, a
 * chart and CSV. Only aggregates are here; reads are audited about the municipality's office, as aggregate data.
 */
@Service
class MunicipalStatistics {
    /** The columns in the order a table shows them; a column no office published is left out. */
    static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>();
        for (ServiceType type : ServiceType.values()) {
            columns.add("users." + type);
        }
        columns.addAll(List.of("wages.average", "placements", "retention.sixMonthDays", "retention.retained", "assessments", "plans.overdue"));
        COLUMNS = List.copyOf(columns);
    }

    private final MunicipalStatisticRepository statistics;
    private final Offices offices;
    private final Rules rules;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final jp.tsunagu.modules.ModuleActivations modules;
    private final ReplicaReads replica;
    private final Clock clock;

    MunicipalStatistics(MunicipalStatisticRepository statistics, Offices offices, Rules rules, AuditTrail audit, MessageSource messages,
                        jp.tsunagu.modules.ModuleActivations modules, ReplicaReads replica, Clock clock) {
        this.replica = replica;
        this.modules = modules;
        this.statistics = statistics;
        this.offices = offices;
        this.rules = rules;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A period asked for: a month, or a fiscal year (up to its latest published month). */
    record Period(MunicipalStatistic.Period kind, YearMonth month, FiscalYear year) {
        static Period of(String month, Integer fiscalYear) {
            if ((month == null || month.isBlank()) == (fiscalYear == null)) {
                throw new Problem.Invalid("month", "sharing.statistics.periodRequired");
            }
            if (fiscalYear != null) {
                if (fiscalYear < 2000 || fiscalYear > 2100) {
                    throw new Problem.Invalid("fiscalYear", "sharing.statistics.fiscalYear", fiscalYear);
                }
                return new Period(MunicipalStatistic.Period.FISCAL_YEAR, null, new FiscalYear(fiscalYear));
            }
            try {
                return new Period(MunicipalStatistic.Period.MONTH, YearMonth.parse(month.strip()), null);
            } catch (java.time.format.DateTimeParseException e) {
                throw new Problem.Invalid("month", "sharing.statistics.monthFormat", month);
            }
        }

        LocalDate start() {
            return kind == MunicipalStatistic.Period.MONTH ? month.atDay(1) : year.start();
        }

        LocalDate end() {
            return kind == MunicipalStatistic.Period.MONTH ? month.atEndOfMonth() : year.end();
        }
    }

    /** An office's row: who published, up to which month, on which day, and its cells in the table's column order (null: none). */
    record Row(String officeNumber, String officeName, String corporation, YearMonth through, LocalDate publishedOn, List<Cell> cells) {
    }

    /** A bar of the chart: an office's users of one service type, its length in SVG units (0 when suppressed). */
    record Bar(String officeName, String key, Cell cell, int length, int y) {
    }

    /** The table of a period: its columns, rows, the threshold under which a count shows as suppressed, and the chart. */
    record Table(Period period, List<String> columns, List<Row> rows, int minimum, List<Bar> bars, int chartHeight) {
    }

    /** A municipality's office with the module on receives; the platform runs this under the municipality's tenant. */
    @org.springframework.modulith.events.ApplicationModuleListener
    void on(SharingEvents.StatisticsPublished published) {
        if (modules.isEnabled(published.officeId(), "sharing")) {
            received(published);
        }
    }

    /** Stores a publication under this tenant, into the office it names (skipped when that is not this tenant's). */
    @Transactional
    void received(SharingEvents.StatisticsPublished p) {
        if (offices.find(p.officeId()).isEmpty()) {
            return;
        }
        store(p, MunicipalStatistic.Period.MONTH, p.month().atDay(1), p.ofMonth());
        store(p, MunicipalStatistic.Period.FISCAL_YEAR, FiscalYear.of(p.month()).start(), p.yearToDate());
    }

    private void store(SharingEvents.StatisticsPublished p, MunicipalStatistic.Period kind, LocalDate start, List<Cell> cells) {
        MunicipalStatistic s = statistics.find(p.officeId().value(), p.sourceOfficeNumber(), kind, start)
                .orElseGet(() -> new MunicipalStatistic(p.officeId(), p.sourceOfficeNumber(), kind, start, clock.instant()));
        if (kind == MunicipalStatistic.Period.FISCAL_YEAR && s.throughMonth() != null && s.throughMonth().isAfter(p.month())) {
            return; // an earlier month published again does not take the year back
        }
        if (!s.olderThan(p.computedAt())) {
            return; // a message computed before the figures kept (a retry overtaken by a later publication)
        }
        s.received(p.sourceOfficeName(), p.sourceTenantName(), p.month(), cells, p.publishedOn(), p.computedAt());
        statistics.save(s);
    }

    /**
     * The period's table; audited as a read of aggregate data. A report: read on the standby when there is one (a few
     * seconds of lag are harmless), its audit record written on the primary right after.
     */
    Table table(OfficeId office, Period period) {
        return replica.read(() -> {
            Table t = build(office, period);
            audit.record(AuditEvent.of(AuditEvent.Action.READ, "sharing_municipal_statistic", office.value().toString()).inOffice(office)
                    .withDetails(period.start() + " " + period.kind() + " (aggregate, no personal data)"));
            return t;
        });
    }

    /** The period's table as CSV for Excel (byte order mark first), read as {@link #table}; audited as an export of aggregate data. */
    String csv(OfficeId office, Period period, Locale locale) {
        return replica.read(() -> writeCsv(office, period, locale));
    }

    private String writeCsv(OfficeId office, Period period, Locale locale) {
        Table t = build(office, period);
        StringBuilder csv = new StringBuilder().append(CsvText.BOM);
        try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.EXCEL)) {
            List<String> head = new ArrayList<>(List.of(text("sharing.stat.officeNumber", locale), text("sharing.stat.office", locale),
                    text("sharing.stat.corporation", locale), text("sharing.stat.through", locale)));
            t.columns().forEach(c -> head.add(text("sharing.stat." + c, locale)));
            head.add(text("sharing.stat.publishedOn", locale));
            out.printRecord(head);
            for (Row r : t.rows()) {
                List<String> line = new ArrayList<>(List.of(r.officeNumber(), CsvText.guarded(r.officeName()), CsvText.guarded(r.corporation()),
                        r.through().toString()));
                for (Cell c : r.cells()) {
                    line.add(c == null ? "" : switch (c.status()) {
                        case SHOWN -> String.valueOf(c.value());
                        case SUPPRESSED -> messages.getMessage("sharing.stat.suppressed", new Object[] {t.minimum()}, locale);
                        case NOT_AVAILABLE -> "-";
                    });
                }
                line.add(r.publishedOn().toString());
                out.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditEvent.of(AuditEvent.Action.EXPORT, "sharing_municipal_statistic", office.value().toString()).inOffice(office)
                .withDetails(period.start() + " " + period.kind() + " csv (aggregate, no personal data)"));
        return csv.toString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private Table build(OfficeId office, Period period) {
        offices.require(office);
        List<MunicipalStatistic> found = statistics.of(office.value(), period.kind(), period.start());
        Set<String> present = new LinkedHashSet<>();
        found.forEach(s -> s.cells().forEach(c -> present.add(c.key())));
        List<String> columns = COLUMNS.stream().filter(present::contains).toList();
        List<Row> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        long max = 1;
        for (MunicipalStatistic s : found) {
            Map<String, Cell> byKey = new HashMap<>();
            s.cells().forEach(c -> byKey.put(c.key(), c));
            rows.add(new Row(s.sourceOfficeNumber(), s.sourceOfficeName(), s.sourceTenantName(), s.throughMonth(), s.publishedOn(),
                    columns.stream().map(byKey::get).toList()));
            for (String c : columns) {
                Cell cell = byKey.get(c);
                if (c.startsWith("users.") && cell != null) {
                    if (cell.status() == Cell.Status.SHOWN) {
                        max = Math.max(max, cell.value());
                    }
                    bars.add(new Bar(s.sourceOfficeName(), c, cell, 0, 0));
                }
            }
        }
        List<Bar> scaled = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int length = b.cell().status() == Cell.Status.SHOWN ? (int) Math.round(360.0 * b.cell().value() / max) : 0;
            scaled.add(new Bar(b.officeName(), b.key(), b.cell(), length, 8 + i * 28));
        }
        LocalDate asOf = period.end().isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : period.end();
        int minimum;
        try {
            minimum = Disclosure.of(rules.on(asOf)).minimum();
        } catch (jp.tsunagu.rules.RuleNotFound before) { // a period before the table begins shows today's threshold
            minimum = Disclosure.of(rules.on(LocalDate.now(clock))).minimum();
        }
        return new Table(period, columns, rows, minimum, scaled, 16 + scaled.size() * 28);
    }
}
