package jp.tsunagu.training.internal.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.TransitionUsagePeriod;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.training.api.RetentionRate;
import jp.tsunagu.training.api.RetentionServiceRate;
import jp.tsunagu.training.api.TrainingQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics of an office and fiscal year ({@link TrainingStatistics}): the module's rows of the office read in SQL
 * (row-level security keeps them to the tenant), the transition retention rate through {@link TrainingQueries}, the service rate from the retention supports without its audit record (written after the read). Aggregates
 * only, so the reads are audited about the office, not about persons: the page and the JSON as READ, the CSV and Excel
 * as EXPORT.
 */
@Service
class StatisticsService implements jp.tsunagu.training.api.TrainingFigures {
    private final JdbcTemplate jdbc;
    private final TrainingQueries queries;
    private final Offices offices;
    private final Rules rules;
    private final AuditTrail audit;
    private final StatisticsCsv csv;
    private final StatisticsExcel excel;
    private final PlanningQueries planning;
    private final Clock clock;
    private final jp.tsunagu.tenancy.ReplicaReads replica;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final jp.tsunagu.training.internal.retention.RetentionSupportService retention;

    StatisticsService(JdbcTemplate jdbc, TrainingQueries queries, Offices offices, Rules rules, AuditTrail audit, StatisticsCsv csv,
                      StatisticsExcel excel, PlanningQueries planning, Clock clock, jp.tsunagu.tenancy.ReplicaReads replica,
                      org.springframework.transaction.support.TransactionTemplate tx,
                      jp.tsunagu.training.internal.retention.RetentionSupportService retention) {
        this.retention = retention;
        this.replica = replica;
        this.tx = tx;
        this.jdbc = jdbc;
        this.planning = planning;
        this.queries = queries;
        this.offices = offices;
        this.rules = rules;
        this.audit = audit;
        this.csv = csv;
        this.excel = excel;
        this.clock = clock;
    }

    /** A document to save and the name to save it under. */
    record Download<T>(String filename, T content) {
    }

    /** The fiscal year starting in April of {@code fiscalYear}: from 2000 to 2100, else refused naming {@code fiscalYear}. */
    static FiscalYear year(int fiscalYear) {
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw new Problem.Invalid("fiscalYear", "training.statistics.year", fiscalYear);
        }
        return new FiscalYear(fiscalYear);
    }

    /**
     * The figures, for the page and the JSON; audited as a read of the office's statistics. Read from the standby when
     * there is one (ReplicaReads: a few seconds of lag are harmless here), the audit record written on the primary after.
     */
    public TrainingStatistics statistics(OfficeId office, FiscalYear year) {
        TrainingStatistics s = replica.read(() -> compute(offices.require(office), year));
        audited(office, year, s, AuditEvent.of(AuditEvent.Action.READ, "training_statistics", office.value().toString())
                .inOffice(office).withDetails(year.toString()));
        return s;
    }

    /** The figures as CSV (the byte order mark first), read as {@link #statistics}; audited as an export of aggregate data. */
    public Download<String> csv(OfficeId office, FiscalYear year, Locale locale) {
        return export(office, year, "csv", (summary, figures) -> csv.write(summary, figures, locale));
    }

    /** The figures as an Excel workbook, read as {@link #statistics}; audited as an export of aggregate data. */
    public Download<byte[]> workbook(OfficeId office, FiscalYear year, Locale locale) {
        return export(office, year, "xlsx", (summary, figures) -> excel.write(summary, figures, locale));
    }

    private <T> Download<T> export(OfficeId office, FiscalYear year, String format,
                                   java.util.function.BiFunction<OfficeSummary, TrainingStatistics, T> write) {
        record Read(OfficeSummary summary, TrainingStatistics figures) {
        }
        Read read = replica.read(() -> {
            OfficeSummary summary = offices.require(office);
            return new Read(summary, compute(summary, year));
        });
        Download<T> download = new Download<>(filename(read.summary(), year, format), write.apply(read.summary(), read.figures()));
        audited(office, year, read.figures(), AuditEvent.of(AuditEvent.Action.EXPORT, "training_statistics",
                office.value().toString()).inOffice(office).withDetails(year + " " + format + " (aggregate, no personal data)"));
        return download;
    }

    /** The read's audit records, on the primary after the read: the statistics' own and the retention rate's read. */
    private void audited(OfficeId office, FiscalYear year, TrainingStatistics figures, AuditEvent event) {
        tx.executeWithoutResult(status -> {
            if (figures.support() != null && figures.support().rate() != null) {
                retention.auditRate(office, year, figures.support().rate());
            }
            audit.record(event);
        });
    }

    /** The standard months of the usage period in force at the year's start, or today's where the tables begin later. */
    private int standardMonths(FiscalYear year, LocalDate today) {
        try {
            return new TransitionUsagePeriod(rules.on(year.start())).standardMonths();
        } catch (RuleNotFound before) {
            return new TransitionUsagePeriod(rules.on(today)).standardMonths();
        }
    }

    private static String filename(OfficeSummary office, FiscalYear year, String extension) {
        return "training-statistics-" + office.officeNumber() + "-" + year.startYear() + "." + extension;
    }

    /** The counts without the rates (which a month's figures do not need); no audit of its own: the caller's export is. */
    @Override
    @Transactional(readOnly = true)
    public Figures figures(OfficeId office, java.time.YearMonth month) {
        TrainingStatistics s = compute(offices.require(office), FiscalYear.of(month), false);
        Counts ofMonth = new Counts(0, 0, 0, 0);
        java.util.List<Counts> months = new java.util.ArrayList<>();
        int[] total = new int[4];
        for (TrainingStatistics.Month m : s.months()) {
            if (m.month().isAfter(month)) {
                break;
            }
            total[0] += m.placements();
            total[1] += m.sixMonthDays();
            total[2] += m.retained();
            total[3] += m.assessmentsCompleted();
            months.add(new Counts(m.placements(), m.sixMonthDays(), m.retained(), m.assessmentsCompleted()));
            if (m.month().equals(month)) {
                ofMonth = new Counts(m.placements(), m.sixMonthDays(), m.retained(), m.assessmentsCompleted());
            }
        }
        return new Figures(month, ofMonth, new Counts(total[0], total[1], total[2], total[3]), months);
    }

    private TrainingStatistics compute(OfficeSummary office, FiscalYear year) {
        return compute(office, year, true);
    }

    private TrainingStatistics compute(OfficeSummary office, FiscalYear year, boolean withRates) {
        UUID id = office.id().value();
        LocalDate today = LocalDate.now(clock);
        int standardMonths = standardMonths(year, today);
        List<TrainingStatistics.PeriodRow> periods = jdbc.query("""
                select t.person_id, t.first_day,
                       coalesce((select sum(x.granted_months) from transition_extension x
                                  where x.tenant_id = t.tenant_id and x.office_id = t.office_id and x.person_id = t.person_id
                                    and x.status = 'GRANTED'), 0) as granted
                  from transition_period t where t.office_id = ?""",
                (rs, i) -> new TrainingStatistics.PeriodRow(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getInt(3)), id);
        List<TrainingStatistics.PlacementRow> placements = jdbc.query(
                "select person_id, hire_date, ended_on, end_reason from placement where office_id = ?",
                (rs, i) -> new TrainingStatistics.PlacementRow(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4)), id);
        List<TrainingStatistics.SupportRow> supports = jdbc.query(
                "select person_id, support_from, support_to, ended_on, end_reason from retention_support where office_id = ?",
                (rs, i) -> new TrainingStatistics.SupportRow(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5)), id);
        List<TrainingStatistics.AssessmentRow> assessments = jdbc.query(
                "select started_on, completed_on from selection_assessment where office_id = ?",
                (rs, i) -> new TrainingStatistics.AssessmentRow(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)), id);
        RetentionRate transitionRate = null;
        RetentionServiceRate serviceRate = null;
        try { // a year before the rule tables begin has no rate
            transitionRate = withRates && office.offers(ServiceType.TRANSITION) ? queries.transitionRetentionRate(office.id(), year) : null;
            // its audit record is written after the read (audited below), which may run on the standby
            serviceRate = withRates && office.offers(ServiceType.RETENTION) ? retention.unauditedRate(office.id(), year) : null;
        } catch (RuleNotFound before) {
            // left empty: the page and the documents say there is no rate
        }
        LocalDate until = today.isBefore(year.end()) ? today : year.end();
        List<UUID> contracted = until.isBefore(year.start()) ? List.of()
                : planning.servedBetween(office.id(), ServiceType.TRANSITION, year.start(), until).stream().map(PersonId::value).toList();
        return TrainingStatistics.of(year, today, standardMonths, periods, placements, supports, assessments, contracted, transitionRate,
                serviceRate);
    }
}
