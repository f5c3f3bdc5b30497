package jp.tsunagu.employment.internal.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.employment.internal.contracts.EmploymentContract;
import jp.tsunagu.employment.internal.contracts.EmploymentContractService;
import jp.tsunagu.employment.internal.documents.PayrollDocuments.Download;
import jp.tsunagu.employment.internal.payroll.PayrollService;
import jp.tsunagu.employment.internal.score.TypeAScoreService;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.workspace.api.AttendanceQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The A型 score's evidence pack (スコア方式の根拠資料) of a fiscal year as one A4 PDF: the score as {@link TypeAScoreService}
 * computes it, and what it rests on from the year before — the production results of the three years before, the
 * contracts of every user employed in that year, their months from the closed payrolls (hours and pay) and their days as
 * clocked (the workspace's records, the ones the payroll counted). Reads everything and records the export about each
 * user it shows in one transaction, then renders outside it, like the payroll documents.
 */
@Service
public class ScoreEvidencePack {
    /** The audit trail's resource of a pack handed out. */
    static final String RESOURCE = "type_a_score_evidence";

    private final TypeAScoreService scores;
    private final PayrollService payroll;
    private final EmploymentContractService contracts;
    private final AttendanceQueries attendance;
    private final Offices offices;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ScoreEvidencePdf pdf;

    ScoreEvidencePack(TypeAScoreService scores, PayrollService payroll, EmploymentContractService contracts, AttendanceQueries attendance,
                      Offices offices, AuditTrail audit, TransactionTemplate tx, Clock clock, ScoreEvidencePdf pdf) {
        this.scores = scores;
        this.payroll = payroll;
        this.contracts = contracts;
        this.attendance = attendance;
        this.offices = offices;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.pdf = pdf;
    }

    /** The pack for the score reported for {@code year} (its evidence: {@code year.previous()}), in the language asked for. */
    public Download<byte[]> pack(OfficeId office, FiscalYear year, String staffing, Locale locale) {
        ScoreEvidenceView view = tx.execute(status -> {
            ScoreEvidenceView v = read(office, year, staffing);
            AuditEvent event = AuditEvent.of(AuditEvent.Action.EXPORT, RESOURCE, office.value() + ":" + year).inOffice(office)
                    .withDetails(year + " evidence=" + year.previous() + " staffing=" + staffing + " users=" + v.workers().size()
                            + " total=" + v.score().total());
            audit.recordAll(v.workers().isEmpty() ? List.of(event) : v.workers().stream().map(w -> event.about(w.person().value())).toList());
            return v;
        });
        return new Download<>("score-evidence-" + year.startYear() + ".pdf", pdf.render(view, locale));
    }

    private ScoreEvidenceView read(OfficeId office, FiscalYear year, String staffing) {
        OfficeSummary summary = offices.require(office);
        FiscalYear evidence = year.previous();
        TypeAScoreService.Score score = scores.score(office, year, staffing);
        List<ScoreEvidenceView.Production> production = new ArrayList<>();
        for (int back = 1; back <= 3; back++) {
            int fy = year.startYear() - back;
            production.add(new ScoreEvidenceView.Production(fy, scores.balance(office, fy).orElse(null)));
        }

        List<ScoreEvidenceView.PayrollMonth> months = new ArrayList<>();
        Map<YearMonth, Optional<PayrollService.Payroll>> closed = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            YearMonth month = evidence.firstMonth().plusMonths(i);
            Optional<PayrollService.Payroll> p = payroll.closed(office, month);
            closed.put(month, p);
            months.add(new ScoreEvidenceView.PayrollMonth(month, p.map(PayrollService.Payroll::payDate).orElse(null)));
        }

        // every contract running on some day of the evidence year, by person (kana order, as the service lists them)
        Map<PersonId, List<EmploymentContractService.Named>> byPerson = new LinkedHashMap<>();
        for (EmploymentContractService.Named n : contracts.allOf(office)) {
            EmploymentContract c = n.contract();
            if (!c.startDate().isAfter(evidence.end()) && (c.endDate() == null || !c.endDate().isBefore(evidence.start()))) {
                byPerson.computeIfAbsent(c.personId(), p -> new ArrayList<>()).add(n);
            }
        }
        List<ScoreEvidenceView.Worker> workers = new ArrayList<>();
        for (Map.Entry<PersonId, List<EmploymentContractService.Named>> e : byPerson.entrySet()) {
            List<EmploymentContractService.Named> own = e.getValue();
            own.sort(java.util.Comparator.comparing(n -> n.contract().startDate()));
            EmploymentContractService.Named last = own.getLast();
            List<ScoreEvidenceView.Month> own12 = new ArrayList<>();
            List<ScoreEvidenceView.Day> days = new ArrayList<>();
            for (Map.Entry<YearMonth, Optional<PayrollService.Payroll>> m : closed.entrySet()) {
                PayrollMonthView.Slip slip = m.getValue().flatMap(p -> p.slips().stream()
                        .filter(s -> s.contract().personId().equals(e.getKey())).findFirst()).map(PayrollMonthView.Slip::of).orElse(null);
                own12.add(new ScoreEvidenceView.Month(m.getKey(), m.getValue().isPresent(), slip));
                if (own.stream().anyMatch(n -> runsIn(n.contract(), m.getKey()))) {
                    // the days the payroll counts: under A型, on a day a contract of the user runs
                    for (AttendanceQueries.DayPresent d : attendance.daysPresent(office, e.getKey(), m.getKey())) {
                        if (d.serviceType() == ServiceType.TYPE_A && own.stream().anyMatch(n -> n.contract().runsOn(d.date()))) {
                            days.add(new ScoreEvidenceView.Day(d.date(), d.checkIn(), d.checkOut(), d.breakMinutes()));
                        }
                    }
                }
            }
            days.sort(java.util.Comparator.comparing(ScoreEvidenceView.Day::date));
            workers.add(new ScoreEvidenceView.Worker(e.getKey(), last.name(), last.kana(),
                    own.stream().map(n -> ScoreEvidenceView.Contract.of(n.contract())).toList(), own12, days));
        }
        return new ScoreEvidenceView(summary.name(), summary.officeNumber(), year, staffing, LocalDate.now(clock), score, production, months,
                workers);
    }

    private static boolean runsIn(EmploymentContract c, YearMonth month) {
        return !c.startDate().isAfter(month.atEndOfMonth()) && (c.endDate() == null || !c.endDate().isBefore(month.atDay(1)));
    }
}
