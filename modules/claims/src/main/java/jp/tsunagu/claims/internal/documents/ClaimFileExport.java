package jp.tsunagu.claims.internal.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.claims.internal.domain.ClaimCalculation;
import jp.tsunagu.claims.internal.file.ClaimFile;
import jp.tsunagu.claims.internal.file.ClaimFileInput;
import jp.tsunagu.claims.internal.month.ClaimClose;
import jp.tsunagu.claims.internal.month.MonthlyClaimService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.workspace.api.AttendanceQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim file of a closed month (the interface spec's CSV: control record, J111, J121, J611, end record; CP932,
 * CRLF), written by {@link ClaimFile} from the claim kept when the month was closed, the certificates and contracts
 * (planning) and the month's service records day by day (workspace; locked since the close). The writer checks every
 * item and reconciles every total before a byte is given out; a refusal is a 409 naming the record and item. Audited as
 * an export about each person.
 */
@Service
public class ClaimFileExport {
    /** 決定サービスコード of every B型 claim code (service-codes.md §1.3). */
    private static final String TYPE_B_DECISION = "461000";

    private final ClaimClose close;
    private final AttendanceQueries attendance;
    private final PlanningQueries planning;
    private final Offices offices;
    private final Rules rules;
    private final AuditTrail audit;
    private final Clock clock;

    ClaimFileExport(ClaimClose close, AttendanceQueries attendance, PlanningQueries planning, Offices offices, Rules rules, AuditTrail audit,
                    Clock clock) {
        this.close = close;
        this.attendance = attendance;
        this.planning = planning;
        this.offices = offices;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The file's name (as the spec sets it) and bytes. */
    public record Export(String fileName, byte[] bytes) {
        /** The file as a download: CP932 text/csv under the spec's file name. */
        public org.springframework.http.ResponseEntity<byte[]> download() {
            return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=Shift_JIS"))
                    .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                            .filename(fileName).build().toString())
                    .body(bytes);
        }
    }

    @Transactional
    public Export export(OfficeId officeId, ServiceType type, YearMonth month) {
        if (type == null) {
            throw new Problem.Invalid("serviceType", "claims.profile.required");
        }
        MonthlyClaimService.MonthClaim claim = close.content(officeId, type, month)
                .orElseThrow(() -> new Problem.Conflict("claims.documents.notClosed", month));
        YearMonth now = YearMonth.now(clock);
        return write(officeId, type, month, claim.persons(), now.isAfter(month) ? now : month.plusMonths(1), "claim file");
    }

    /**
     * The re-claim (再請求) of a person's corrected statement of {@code month} after its withdrawal (過誤申立): the same records
     * for the one person, in the claim of the processing month {@code processingMonth}.
     */
    @Transactional
    public Export reclaim(OfficeId officeId, ServiceType type, YearMonth month, MonthlyClaimService.PersonClaim corrected, YearMonth processingMonth) {
        return write(officeId, type, month, List.of(corrected), processingMonth, "re-claim file");
    }

    private Export write(OfficeId officeId, ServiceType type, YearMonth month, List<MonthlyClaimService.PersonClaim> statements,
                         YearMonth processingMonth, String what) {
        OfficeSummary office = offices.require(officeId);
        RuleRow price = rules.on(month.atDay(1)).row("regional-unit-price", "CONTINUOUS_EMPLOYMENT", office.regionalClass());
        ClaimFileInput.Office o = new ClaimFileInput.Office(office.officeNumber(), price.text("claimCode"), price.decimal("yenPerUnit"));
        Map<PersonId, List<AttendanceQueries.RecordedDay>> days = byPerson(officeId, type, month);
        Map<PersonId, Integer> offSiteBefore = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(jp.tsunagu.kernel.FiscalYear.of(month).start()); m.isBefore(month); m = m.plusMonths(1)) {
            byPerson(officeId, type, m).forEach((p, list) -> offSiteBefore.merge(p,
                    (int) list.stream().filter(d -> d.present() && d.offsite()).count(), Integer::sum));
        }
        var codes = new jp.tsunagu.rules.national.TypeBServiceCodes(rules.on(month.atDay(1)));
        RuleRow initialRow = codes.addition("INITIAL");
        List<MonthlyClaimService.PersonClaim> claimed = statements.stream().filter(p -> p.claim() != null).toList();
        Map<PersonId, PlanningQueries.PersonName> names = planning.names(officeId, claimed.stream().map(MonthlyClaimService.PersonClaim::personId)
                .toList());
        List<ClaimFileInput.Person> persons = new ArrayList<>();
        for (MonthlyClaimService.PersonClaim p : claimed) {
            var certificate = planning.certificate(p.personId(), month.atEndOfMonth()).or(() -> planning.certificate(p.personId(), month.atDay(1)))
                    .orElseThrow(() -> new Problem.Conflict("claims.file.noCertificate", p.name()));
            PlanningQueries.ContractTerms terms = planning.contract(officeId, p.personId(), type, month)
                    .orElseThrow(() -> new Problem.Conflict("claims.file.noContract", p.name()));
            // the records kept with the claim (what was billed, whatever a correction did to them since); for claims kept
            // before, the month's records as they are
            List<AttendanceQueries.RecordedDay> recorded = p.records() != null ? p.records() : days.getOrDefault(p.personId(), List.of());
            List<ClaimFileInput.Day> record = new ArrayList<>();
            for (AttendanceQueries.RecordedDay d : recorded) {
                if (d.present()) {
                    ClaimFileInput.Day day = ClaimFileInput.Day.attended(d.date(), d.start(), d.end())
                            .withTransport(d.transportTo() ? 1 : 0, d.transportFrom() ? 1 : 0);
                    day = d.meal() ? day.withMeal() : day;
                    record.add(d.offsite() ? day.withOffSite() : day);
                } else if (d.absenceResponded()) {
                    record.add(ClaimFileInput.Day.absence(d.date()));
                }
            }
            int used = (int) recorded.stream().filter(AttendanceQueries.RecordedDay::present).count();
            LocalDate first = terms.start(); // J121-02 開始年月日: the day the service under the contract began
            LocalDate ended = terms.end() != null && !terms.end().isAfter(month.atEndOfMonth()) ? terms.end() : null;
            ClaimCalculation.Result r = p.claim();
            List<ClaimFileInput.ServiceLine> lines = r.lines().stream().map(l -> l.perMille() != null
                    ? ClaimFileInput.ServiceLine.percentage(l.code(), l.perMille(), l.units())
                    : ClaimFileInput.ServiceLine.of(l.code(), l.unitsEach(), l.count())).toList();
            String kana = names.containsKey(p.personId()) ? names.get(p.personId()).kana() : null;
            persons.add(new ClaimFileInput.Person(certificate.number(), certificate.municipalityCode(), kana, certificate.monthlyCopayCap().value(),
                    upperLimit(p), new ClaimFileInput.Contract(TYPE_B_DECISION, terms.contractedDays(), terms.start(), terms.end(), 1),
                    new ClaimFileInput.Days(first, ended, used, record.size()), lines,
                    new ClaimFileInput.Totals(r.units(), r.cost().value(), r.share().value(), r.charge().value(), r.benefit().value()), record,
                    offSiteBefore.getOrDefault(p.personId(), 0) + (int) recorded.stream().filter(d -> d.present() && d.offsite()).count(),
                    initial(p, codes.code(initialRow), initialRow.integer("periodDays"))));
        }
        if (persons.isEmpty()) {
            throw new Problem.Conflict("claims.documents.nobody", month);
        }
        ClaimFile file;
        try {
            file = ClaimFile.write(new ClaimFileInput(o, month, processingMonth, '1', persons));
        } catch (IllegalArgumentException refused) {
            throw new Problem.Conflict("claims.file.refused", refused.getMessage());
        }
        audit.recordAll(claimed.stream().map(p -> AuditEvent.of(AuditEvent.Action.EXPORT, "claim_month", month.toString()).inOffice(officeId)
                .about(p.personId().value()).withDetails(type + " " + what + " " + file.fileName() + " for " + processingMonth)).toList());
        return new Export(file.fileName(), file.bytes());
    }

    /** J611-01 #70-72 when 初期加算 is claimed: the first day of use, the last day of its period, the days claimed. */
    private static ClaimFileInput.Initial initial(MonthlyClaimService.PersonClaim p, String code, int periodDays) {
        int days = p.claim().lines().stream().filter(l -> l.perMille() == null && code.equals(l.code())).mapToInt(ClaimCalculation.Line::count)
                .sum();
        return days == 0 || p.useStart() == null ? null : new ClaimFileInput.Initial(p.useStart(), p.useStart().plusDays(periodDays - 1L), days);
    }

    /** J121-01 #15-17 and #26 for a person under 上限額管理 (the close refused a month where a result is missing). */
    private static ClaimFileInput.UpperLimit upperLimit(MonthlyClaimService.PersonClaim p) {
        var cm = p.capManagement();
        return cm == null || !cm.recorded() ? null : new ClaimFileInput.UpperLimit(cm.managingOffice(), cm.result(), cm.resultAmount().value());
    }

    private Map<PersonId, List<AttendanceQueries.RecordedDay>> byPerson(OfficeId office, ServiceType type, YearMonth month) {
        return attendance.recordedDays(office, month).stream().filter(d -> d.serviceType() == type)
                .collect(Collectors.groupingBy(AttendanceQueries.RecordedDay::personId, LinkedHashMap::new, Collectors.toList()));
    }
}
