package jp.tsunagu.claims.internal.auditpack;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import jp.tsunagu.claims.internal.month.MonthlyClaimService;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.wages.api.ProductionQueries;
import jp.tsunagu.wages.api.WagesQueries;
import jp.tsunagu.workspace.api.AttendanceQueries;
import jp.tsunagu.workspace.api.StaffingQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * The audit pack (運営指導): for an office and a period of at most 24 months, what an authority asks to see, gathered per
 * category from what the other modules answer through their {@code api} (planning: plans and monitorings; workspace:
 * the months of service records and staffing; wages: 工賃 and the production ledger's figures) and from the claims closed
 * here (table {@code claim_month}, with the users' invoices in each); every row carries the page path of the record it
 * was built from, and the gaps found are listed with where to fix each. Nothing is stored; each category is read in a
 * transaction of its own, so that one module's refusal leaves the others' answers standing.
 */
@Service
public class AuditPackService {
    static final int MAX_MONTHS = 24;

    private final Offices offices;
    private final PlanningQueries planning;
    private final AttendanceQueries attendance;
    private final StaffingQueries staffing;
    private final WagesQueries wages;
    private final ProductionQueries production;
    private final jp.tsunagu.employment.api.EmploymentQueries employment;
    private final jp.tsunagu.modules.ModuleActivations modules;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate tx;
    private final Clock clock;

    AuditPackService(Offices offices, PlanningQueries planning, AttendanceQueries attendance, StaffingQueries staffing, WagesQueries wages,
                     ProductionQueries production, JdbcTemplate jdbc, ObjectMapper json, PlatformTransactionManager transactions, Clock clock,
                     jp.tsunagu.employment.api.EmploymentQueries employment, jp.tsunagu.modules.ModuleActivations modules) {
        this.employment = employment;
        this.modules = modules;
        this.offices = offices;
        this.planning = planning;
        this.attendance = attendance;
        this.staffing = staffing;
        this.wages = wages;
        this.production = production;
        this.jdbc = jdbc;
        this.json = json;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The documents of the pack, in the order an authority reads them; {@code key} is the PDF's name. */
    public enum Category {
        MISSING("missing"), PLANS("plans"), MONITORING("monitoring"), SERVICE_RECORDS("service-records"), STAFFING("staffing"),
        WAGES("wages"), CLAIMS("claims");

        private final String key;

        Category(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Category of(String key) {
            for (Category c : values()) {
                if (c.key.equals(key)) {
                    return c;
                }
            }
            throw new Problem.NotFound("claims.audit.noCategory", key);
        }
    }

    /** A cell: text as printed, or a message key (with {@code text} as its argument) where the words depend on the language. */
    public record Cell(String text, String key, List<String> args) {
        static Cell of(Object value) {
            return new Cell(value == null ? "—" : String.valueOf(value), null, List.of());
        }

        static Cell message(String key, Object arg) {
            return new Cell(null, key, arg == null ? List.of() : List.of(String.valueOf(arg)));
        }
    }

    /** A row of a category: the person it concerns (null for the office), the cells, the page path of its record. */
    public record Row(PersonId personId, String name, String kana, List<Cell> cells, String link) {
    }

    /** A gap found: what is missing (message key and arguments), whom or which month it concerns, where to fix it. */
    public record Gap(String messageKey, PersonId personId, String name, String kana, List<String> args, String link) {
    }

    /** A category's document: its heads (message keys) and rows. */
    public record Section(Category category, List<String> heads, List<Row> rows) {
    }

    /** The pack: the office, the period, each category's document, the gaps. */
    public record Pack(OfficeSummary office, LocalDate from, LocalDate to, List<Section> sections, List<Gap> missing) {
        public Section section(Category category) {
            return sections.stream().filter(s -> s.category() == category).findFirst().orElseThrow();
        }
    }

    /** The period, refused naming the field and the rule when it is missing, reversed or longer than 24 months. */
    static void check(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new Problem.Invalid("from", "claims.audit.required");
        }
        if (to == null) {
            throw new Problem.Invalid("to", "claims.audit.required");
        }
        if (to.isBefore(from)) {
            throw new Problem.Invalid("to", "claims.audit.reversed", to, from);
        }
        if (to.isAfter(from.plusMonths(MAX_MONTHS))) {
            throw new Problem.Invalid("to", "claims.audit.tooLong", to, from, MAX_MONTHS);
        }
    }

    /** The pack of the office for the period (404 for an office not the tenant's). */
    public Pack gather(OfficeId officeId, LocalDate from, LocalDate to) {
        check(from, to);
        OfficeSummary office = read(() -> offices.require(officeId));
        String base = "/offices/" + office.id();
        LocalDate today = LocalDate.now(clock);
        LocalDate judged = to.isAfter(today) ? today : to; // what is overdue or missing is judged by today at the latest
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(judged)); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<Gap> missing = new ArrayList<>();
        Set<PersonId> persons = new HashSet<>();

        // the months of service: who had service, and whether the month is closed
        Map<YearMonth, List<AttendanceQueries.MonthOfService>> service = new LinkedHashMap<>();
        Map<YearMonth, Boolean> closed = new HashMap<>();
        Map<PersonId, Map<ServiceType, List<LocalDate>>> daysPresent = new HashMap<>();
        for (YearMonth m : months) {
            read(() -> {
                List<AttendanceQueries.MonthOfService> served = attendance.month(office.id(), m).stream().filter(s -> s.days() > 0 || s.absences() > 0)
                        .toList();
                service.put(m, served);
                closed.put(m, attendance.closed(office.id(), m));
                attendance.recordedDays(office.id(), m).stream().filter(AttendanceQueries.RecordedDay::present)
                        .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                        .forEach(d -> daysPresent.computeIfAbsent(d.personId(), k -> new HashMap<>())
                                .computeIfAbsent(d.serviceType(), k -> new ArrayList<>()).add(d.date()));
                return null;
            });
            service.get(m).forEach(s -> persons.add(s.personId()));
        }

        List<PlanningQueries.PlanVersionRecord> versions = read(() -> planning.planVersions(office.id(), from, to));
        List<PlanningQueries.MonitoringRecord> monitorings = read(() -> planning.monitorings(office.id(), from, judged));
        versions.forEach(v -> persons.add(v.personId()));
        monitorings.forEach(m -> persons.add(m.personId()));
        List<ClaimRow> claims = read(() -> claims(office.id(), months));
        claims.forEach(c -> c.claim().persons().forEach(p -> persons.add(p.personId())));
        Map<YearMonth, List<WagesQueries.Paid>> paid = new LinkedHashMap<>();
        boolean typeB = office.offers(ServiceType.TYPE_B);
        if (typeB) {
            for (YearMonth m : months) {
                paid.put(m, read(() -> wages.paid(office.id(), m)));
                paid.get(m).forEach(p -> persons.add(p.person()));
            }
        }
        Map<PersonId, PlanningQueries.PersonName> names = read(() -> planning.names(office.id(), persons));
        Names n = new Names(names);

        // (a) 個別支援計画
        List<Row> plans = new ArrayList<>();
        for (PlanningQueries.PlanVersionRecord v : versions) {
            String link = base + "/planning/plans/" + v.planId().value();
            plans.add(n.row(v.personId(), List.of(Cell.message("serviceType." + v.serviceType(), null), Cell.of(v.version()),
                    Cell.message("claims.audit.state." + v.state(), null), date(v.assessedOn()), date(v.meetingOn()), date(v.consentOn()),
                    date(v.consentOn()), Cell.of(v.consentBy()), date(v.deliveredOn())), link));
            if (v.consentOn() == null && !"SUPERSEDED".equals(v.state()) && !"ENDED".equals(v.state())) {
                missing.add(n.gap("claims.audit.gap.noConsent", v.personId(), List.of(String.valueOf(v.version())), link));
            }
        }
        // a person served on a day no delivered plan covered
        for (var e : daysPresent.entrySet()) {
            for (var byType : e.getValue().entrySet()) {
                List<LocalDate> deliveries = versions.stream().filter(v -> v.personId().equals(e.getKey()) && v.serviceType() == byType.getKey())
                        .map(PlanningQueries.PlanVersionRecord::deliveredOn).filter(java.util.Objects::nonNull).sorted().toList();
                List<LocalDate> uncovered = byType.getValue().stream().filter(d -> deliveries.isEmpty() || deliveries.getFirst().isAfter(d))
                        .sorted().toList();
                if (!uncovered.isEmpty()) {
                    missing.add(n.gap("claims.audit.gap.noPlan", e.getKey(), List.of(JapaneseDates.withIso(uncovered.getFirst()),
                            String.valueOf(uncovered.size())), base + "/planning/persons/" + e.getKey().value()));
                }
            }
        }

        // (b) モニタリング
        List<Row> monitoringRows = new ArrayList<>();
        for (PlanningQueries.MonitoringRecord m : monitorings) {
            String link = base + "/planning/plans/" + m.planId().value();
            monitoringRows.add(n.row(m.personId(), List.of(Cell.message("serviceType." + m.serviceType(), null), date(m.lastReview()),
                    date(m.dueOn()), date(m.monitoredOn()), Cell.message(m.overdue() ? "claims.audit.overdue" : "claims.audit.inTime", null)), link));
            if (m.overdue()) {
                missing.add(n.gap(m.monitoredOn() == null ? "claims.audit.gap.monitoringOverdue" : "claims.audit.gap.monitoringLate", m.personId(),
                        List.of(JapaneseDates.withIso(m.dueOn()), m.monitoredOn() == null ? "" : JapaneseDates.withIso(m.monitoredOn())), link));
            }
        }

        // (c) 実績記録票 per month
        List<Row> records = new ArrayList<>();
        for (var e : service.entrySet()) {
            YearMonth m = e.getKey();
            for (AttendanceQueries.MonthOfService s : e.getValue()) {
                records.add(n.row(s.personId(), List.of(month(m), Cell.message("serviceType." + s.serviceType(), null), Cell.of(s.days()),
                        Cell.of(s.absences()), Cell.message(s.closed() ? "claims.audit.closed" : "claims.audit.open", null)),
                        base + "/workspace/sheets/" + s.personId().value() + "?month=" + m));
            }
            if (!e.getValue().isEmpty() && !closed.get(m)) {
                missing.add(new Gap("claims.audit.gap.monthNotClosed", null, null, null, List.of(era(m)), base + "/workspace/sheets?month=" + m));
            }
        }

        // (d) staffing and 常勤換算
        List<Row> staffingRows = new ArrayList<>();
        for (YearMonth m : months) {
            var report = read(() -> staffing.staffing(office.id(), m));
            String link = base + "/workspace/config";
            if (report.isEmpty() || report.get().staffCount() == 0) {
                staffingRows.add(new Row(null, null, null, List.of(month(m), Cell.of(null), Cell.of(null), Cell.of(null), Cell.of(0), Cell.of(null),
                        Cell.of(null), Cell.of(null)), link));
                missing.add(new Gap("claims.audit.gap.noStaffing", null, null, null, List.of(era(m)), link));
                continue;
            }
            for (StaffingQueries.Requirement r : report.get().requirements()) {
                staffingRows.add(new Row(null, null, null, List.of(month(m), Cell.message("serviceType." + r.serviceType(), null), Cell.of(r.level()),
                        Cell.of(r.staff()), Cell.of(r.staffCount()), Cell.of(plain(r.requiredFte())), Cell.of(plain(r.fte())),
                        Cell.message(r.shortage() ? "claims.audit.shortage" : "claims.audit.enough", null)), link));
            }
        }

        // (e) 工賃 and the production activity (生産活動) figures (B型)
        List<Row> wageRows = new ArrayList<>();
        if (typeB) {
            for (YearMonth m : months) {
                ProductionQueries.MonthTotals totals = read(() -> production.totals(office.id(), m));
                List<WagesQueries.Paid> month = paid.get(m);
                String runLink = base + "/wages/runs?month=" + m;
                String ledgerLink = base + "/wages/ledger?month=" + m;
                String sheetLink = base + "/wages/documents/production-sheet.pdf?year=" + jp.tsunagu.kernel.FiscalYear.of(m).startYear();
                long total = month.stream().mapToLong(p -> p.amount().value()).sum();
                wageRows.add(new Row(null, null, null, List.of(month(m), Cell.message("claims.audit.production", null), yen(totals.revenue()),
                        yen(totals.expenses()), yen(totals.pool()), month.isEmpty() ? Cell.message("claims.audit.notPaid", null) : yen(new Yen(total))),
                        sheetLink));
                for (WagesQueries.Paid p : month) {
                    wageRows.add(n.row(p.person(), List.of(month(m), Cell.message("claims.audit.kouchin", null), Cell.of(null), Cell.of(null),
                            Cell.of(null), yen(p.amount())), runLink));
                }
                boolean served = service.get(m).stream().anyMatch(s -> s.serviceType() == ServiceType.TYPE_B && s.days() > 0);
                if (served && month.isEmpty()) {
                    missing.add(new Gap("claims.audit.gap.wagesNotPaid", null, null, null, List.of(era(m)), runLink));
                }
                if (served && totals.revenue().value() == 0 && totals.expenses().value() == 0) {
                    missing.add(new Gap("claims.audit.gap.noProduction", null, null, null, List.of(era(m)), ledgerLink));
                }
            }
        }

        // (e') 賃金 of A型 users (employment contracts): each user's gross pay of a closed payroll month
        if (office.offers(ServiceType.TYPE_A) && modules.isEnabled(office.id(), "employment")) {
            for (YearMonth m : months) {
                String payrollLink = base + "/employment/payroll?month=" + m;
                java.util.Optional<Yen> total = read(() -> employment.totalWages(office.id(), m));
                List<PersonId> served = service.get(m).stream().filter(s -> s.serviceType() == ServiceType.TYPE_A && s.days() > 0)
                        .map(AttendanceQueries.MonthOfService::personId).distinct().toList();
                wageRows.add(new Row(null, null, null, List.of(month(m), Cell.message("claims.audit.wagesA", null), Cell.of(null), Cell.of(null),
                        Cell.of(null), total.map(AuditPackService::yen).orElseGet(() -> Cell.message("claims.audit.notPaid", null))), payrollLink));
                for (PersonId person : served) {
                    read(() -> employment.paid(office.id(), person, m)).ifPresent(p -> wageRows.add(n.row(person, List.of(month(m),
                            Cell.message("claims.audit.wageA", null), Cell.of(null), Cell.of(null), Cell.of(null), yen(p.gross())), payrollLink)));
                }
                if (!served.isEmpty() && total.isEmpty()) {
                    missing.add(new Gap("claims.audit.gap.payrollNotClosed", null, null, null, List.of(era(m)), payrollLink));
                }
            }
        }

        // (f) claims closed and the users' invoices and receipts
        List<Row> claimRows = new ArrayList<>();
        for (ClaimRow c : claims) {
            claimRows.add(new Row(null, null, null, List.of(month(c.month()), Cell.message("serviceType." + c.type(), null),
                    Cell.message("claims.audit.claimSheet", null), Cell.of(c.claim().persons().size()), yen(c.claim().cost()), yen(c.claim().charge()),
                    yen(c.claim().benefit()), date(c.closedOn())), base + "/claims/months/" + c.month() + "/claim.pdf?serviceType=" + c.type()));
            for (var p : c.claim().persons()) {
                if (p.claim() == null) {
                    continue;
                }
                claimRows.add(n.row(p.personId(), List.of(month(c.month()), Cell.message("serviceType." + c.type(), null),
                        Cell.message("claims.audit.invoice", null), Cell.of(p.daysBilled()), yen(p.claim().cost()), yen(p.claim().charge()),
                        yen(p.claim().benefit()), date(c.closedOn())),
                        base + "/claims/months/" + c.month() + "/invoices.pdf?serviceType=" + c.type()));
            }
        }
        for (var e : service.entrySet()) {
            if (!closed.get(e.getKey())) {
                continue;
            }
            e.getValue().stream().map(AttendanceQueries.MonthOfService::serviceType).distinct().sorted()
                    .filter(t -> claims.stream().noneMatch(c -> c.month().equals(e.getKey()) && c.type() == t))
                    .forEach(t -> missing.add(new Gap("claims.audit.gap.claimNotClosed", null, null, null, List.of(era(e.getKey()), "serviceType." + t),
                            base + "/claims/months?month=" + e.getKey() + "&serviceType=" + t)));
        }

        Comparator<Row> byKana = Comparator.comparing((Row r) -> r.kana() == null ? "" : r.kana());
        List<Section> sections = new ArrayList<>();
        List<Row> missingRows = missing.stream().map(g -> new Row(g.personId(), g.name(), g.kana(),
                List.of(new Cell(null, g.messageKey(), g.args())), g.link())).toList();
        sections.add(new Section(Category.MISSING, List.of("claims.audit.head.gap"), missingRows));
        sections.add(new Section(Category.PLANS, List.of("claims.audit.head.serviceType", "claims.audit.head.version", "claims.audit.head.state",
                "claims.audit.head.assessedOn", "claims.audit.head.meetingOn", "claims.audit.head.explainedOn", "claims.audit.head.consentOn",
                "claims.audit.head.consentBy", "claims.audit.head.deliveredOn"), sorted(plans, byKana)));
        sections.add(new Section(Category.MONITORING, List.of("claims.audit.head.serviceType", "claims.audit.head.lastReview",
                "claims.audit.head.dueOn", "claims.audit.head.monitoredOn", "claims.audit.head.judgement"), sorted(monitoringRows, byKana)));
        sections.add(new Section(Category.SERVICE_RECORDS, List.of("claims.audit.head.month", "claims.audit.head.serviceType",
                "claims.audit.head.days", "claims.audit.head.absences", "claims.audit.head.closed"), records));
        sections.add(new Section(Category.STAFFING, List.of("claims.audit.head.month", "claims.audit.head.serviceType", "claims.audit.head.level",
                "claims.audit.head.staff", "claims.audit.head.staffCount", "claims.audit.head.requiredFte", "claims.audit.head.fte",
                "claims.audit.head.judgement"), staffingRows));
        sections.add(new Section(Category.WAGES, List.of("claims.audit.head.month", "claims.audit.head.item", "claims.audit.head.revenue",
                "claims.audit.head.expenses", "claims.audit.head.pool", "claims.audit.head.paid"), wageRows));
        sections.add(new Section(Category.CLAIMS, List.of("claims.audit.head.month", "claims.audit.head.serviceType", "claims.audit.head.document",
                "claims.audit.head.personsOrDays", "claims.audit.head.cost", "claims.audit.head.charge", "claims.audit.head.benefit",
                "claims.audit.head.closedOn"), claimRows));
        missing.sort(Comparator.comparing((Gap g) -> g.kana() == null ? "" : g.kana()));
        return new Pack(office, from, to, List.copyOf(sections), List.copyOf(missing));
    }

    /** Rows of persons by kana, each person's rows in the order found (by date). */
    private static List<Row> sorted(List<Row> rows, Comparator<Row> byKana) {
        return rows.stream().sorted(byKana).toList();
    }

    /** A closed claim of a month and service type, as kept at the close. */
    record ClaimRow(YearMonth month, ServiceType type, MonthlyClaimService.MonthClaim claim, LocalDate closedOn) {
    }

    private List<ClaimRow> claims(OfficeId office, List<YearMonth> months) {
        if (months.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select month, service_type, content::text, created_at from claim_month
                 where office_id = ? and month between ? and ? order by month, service_type""",
                (rs, i) -> new ClaimRow(YearMonth.from(rs.getObject(1, LocalDate.class)), ServiceType.valueOf(rs.getString(2)),
                        json.readValue(rs.getString(3), MonthlyClaimService.MonthClaim.class),
                        LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), clock.getZone())),
                office.value(), months.getFirst().atDay(1), months.getLast().atDay(1));
    }

    private <T> T read(Supplier<T> work) {
        return tx.execute(status -> {
            status.setRollbackOnly(); // nothing is written
            return work.get();
        });
    }

    private static Cell date(LocalDate date) {
        return Cell.of(date == null ? null : JapaneseDates.withIso(date));
    }

    private static Cell month(YearMonth month) {
        return Cell.of(era(month));
    }

    private static String era(YearMonth month) {
        return JapaneseDates.era(month) + " (" + month + ")";
    }

    private static Cell yen(Yen yen) {
        return Cell.of(yen == null ? null : NumberFormat.getIntegerInstance(Locale.JAPAN).format(yen.value()) + "円");
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** The persons' names and kana, for rows and gaps. */
    private record Names(Map<PersonId, PlanningQueries.PersonName> names) {
        Row row(PersonId person, List<Cell> cells, String link) {
            PlanningQueries.PersonName name = names.get(person);
            return new Row(person, name == null ? "-" : name.name(), name == null ? "" : name.kana(), cells, link);
        }

        Gap gap(String key, PersonId person, List<String> args, String link) {
            PlanningQueries.PersonName name = names.get(person);
            return new Gap(key, person, name == null ? "-" : name.name(), name == null ? "" : name.kana(), args, link);
        }
    }
}
