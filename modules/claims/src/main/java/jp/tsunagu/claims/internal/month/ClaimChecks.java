package jp.tsunagu.claims.internal.month;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.claims.internal.caps.CapManagementService;
import jp.tsunagu.claims.internal.profile.ClaimProfileService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.TypeBServiceCodes;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.workspace.api.AttendanceQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks before a month's claim is sent (請求前チェック): each finding names the rejection it prevents (the 国保連's
 * code where one is known), whether it is judged per person or per office, what to fix and where (a link). Errors stop
 * the claim; warnings say what will not be claimed or what differs from what was filed.
 *
 * <ul>
 *   <li>EG13: a day of service not covered by a benefit decision (支給決定) for the service;</li>
 *   <li>EE26/EG61: a day of service without a usage contract of the office running that day;</li>
 *   <li>EG28: more days than the decided amount (支給量, or 原則の日数) or the contracted one: the days beyond are not claimed;</li>
 *   <li>EG61: days outside the usage contract running in the month (one finding per day, linked to its record);</li>
 *   <li>EG02: no recipient certificate valid in the month (or its number or municipality code malformed);</li>
 *   <li>EE20: the office's regional class has no unit price in the month's table;</li>
 *   <li>EJ13: a person registered for 上限額管理 without the month's result; EJ16/EJ13: a result entered from another office
 *   that does not fit this office's own charge (result 2 not keeping it, an amount above it);</li>
 *   <li>就労定着支援: a month without a face-to-face contact is not billable (TR-3), the person named;</li>
 *   <li>施設外支援 beyond the days a fiscal year allows (rule data), the days beyond named;</li>
 *   <li>more than the rule row's 4 absence responses (欠席時対応) in the month: the rest is not claimed;</li>
 *   <li>transport or meals recorded while 送迎加算 / 食事提供体制加算 does not count yet (accepted too late, or not filed);</li>
 *   <li>for B型, what was filed (tier, staffing, capacity, revision status) against what the wages module computes.</li>
 * </ul>
 */
@Service
public class ClaimChecks {
    private final ClaimProfileService profiles;
    private final AttendanceQueries attendance;
    private final PlanningQueries planning;
    private final Offices offices;
    private final Rules rules;
    private final AuditTrail audit;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final CapManagementService caps;
    private final MonthlyClaimService claims;
    private final jp.tsunagu.training.api.TrainingQueries training;
    private final jp.tsunagu.modules.ModuleActivations modules;

    ClaimChecks(ClaimProfileService profiles, AttendanceQueries attendance, PlanningQueries planning, Offices offices, Rules rules,
                AuditTrail audit, org.springframework.transaction.PlatformTransactionManager transactions, CapManagementService caps,
                MonthlyClaimService claims, jp.tsunagu.training.api.TrainingQueries training, jp.tsunagu.modules.ModuleActivations modules) {
        this.training = training;
        this.modules = modules;
        this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.caps = caps;
        this.claims = claims;
        this.profiles = profiles;
        this.attendance = attendance;
        this.planning = planning;
        this.offices = offices;
        this.rules = rules;
        this.audit = audit;
    }

    /** Judged per person or for the office as a whole. */
    public enum Scope { PERSON, OFFICE }

    /** ERROR: the claim would be rejected; WARNING: something is left out of it or differs from what was filed. */
    public enum Severity { ERROR, WARNING }

    /**
     * A finding: the rejection code it prevents (null where none applies), scope, severity, the person (null for the
     * office), the message key and its arguments, and where to fix it.
     */
    public record Finding(String rejection, Scope scope, Severity severity, PersonId personId, String name, String messageKey,
                          List<String> args, String link) {
    }

    /** The month's findings, errors first. */
    public record Checks(YearMonth month, ServiceType serviceType, int persons, List<Finding> findings) {
        public boolean clean() {
            return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    /**
     * The month's checks with, for B型, the filed figures beside what the wages module computes (read after the checks'
     * own transaction, in transactions of their own: the other module's refusal to compute must not undo the checks).
     */
    public Checks check(OfficeId officeId, ServiceType type, YearMonth month) {
        Checks checks = tx.execute(status -> checkRecords(officeId, type, month));
        if (type != ServiceType.TYPE_B || checks.findings().stream().anyMatch(f -> "claims.check.noProfile".equals(f.messageKey()))) {
            return checks;
        }
        List<Finding> findings = new ArrayList<>(checks.findings());
        String base = "/offices/" + officeId;
        findings.addAll(capResults(officeId, type, month));
        profiles.inForce(officeId, type, month).comparisons().stream().filter(ClaimProfileService.Comparison::differs)
                .forEach(c -> findings.add(new Finding(null, Scope.OFFICE, Severity.WARNING, null, null, "claims.check.filedDiffers",
                        List.of(c.field(), String.valueOf(c.filed()), String.valueOf(c.computed())), base + "/claims/profile")));
        findings.sort(java.util.Comparator.comparing(Finding::severity).thenComparing(f -> f.name() == null ? "" : f.name()));
        return new Checks(checks.month(), checks.serviceType(), checks.persons(), List.copyOf(findings));
    }

    /** The checks of the records, the certificates, contracts, decisions and filings (what can stop the claim). */
    @Transactional
    public Checks checkRecords(OfficeId officeId, ServiceType type, YearMonth month) {
        OfficeSummary office = offices.require(officeId);
        if (type == null) {
            throw new Problem.Invalid("serviceType", "claims.profile.required");
        }
        if (!office.offers(type)) {
            throw new Problem.Invalid("serviceType", "claims.profile.notOffered", type);
        }
        if (month == null) {
            throw new Problem.Invalid("month", "claims.profile.required");
        }
        RuleView on;
        try {
            on = rules.on(month.atDay(1));
        } catch (RuleNotFound before) {
            throw new Problem.Invalid("month", "claims.profile.monthTooEarly", month);
        }
        String base = "/offices/" + officeId;
        List<Finding> findings = new ArrayList<>();
        try {
            on.row("regional-unit-price", "CONTINUOUS_EMPLOYMENT", office.regionalClass());
        } catch (RuleNotFound missing) {
            findings.add(new Finding("EE20", Scope.OFFICE, Severity.ERROR, null, null, "claims.check.regionalClass",
                    List.of(String.valueOf(office.regionalClass())), base + "/rules"));
        }
        var filed = profiles.filedFor(officeId, type, month);
        if (filed.isEmpty()) {
            findings.add(new Finding(null, Scope.OFFICE, Severity.ERROR, null, null, "claims.check.noProfile", List.of(type.name(), month.toString()),
                    base + "/claims/profile"));
        }
        Map<PersonId, List<AttendanceQueries.RecordedDay>> byPerson = attendance.recordedDays(officeId, month).stream()
                .filter(d -> d.serviceType() == type)
                .collect(Collectors.groupingBy(AttendanceQueries.RecordedDay::personId, LinkedHashMap::new, Collectors.toList()));
        Map<PersonId, PlanningQueries.PersonName> names = planning.names(officeId, byPerson.keySet());
        Map<PersonId, Integer> allowed = planning.daysAllowed(byPerson.keySet(), type, month.atEndOfMonth());
        Map<PersonId, PlanningQueries.ContractTerms> contracts = planning.contracts(officeId, byPerson.keySet(), type, month);
        Map<PersonId, CapManagementService.Managed> managed = caps.inForce(officeId, month);
        int maxAbsences = type == ServiceType.TYPE_B ? new TypeBServiceCodes(on).addition("ABSENCE_RESPONSE").integer("maxPerMonth") : 4;
        for (Map.Entry<PersonId, List<AttendanceQueries.RecordedDay>> e : byPerson.entrySet()) {
            PersonId person = e.getKey();
            String name = names.containsKey(person) ? names.get(person).name() : "-";
            String personLink = base + "/planning/persons/" + person.value();
            List<LocalDate> present = e.getValue().stream().filter(AttendanceQueries.RecordedDay::present).map(AttendanceQueries.RecordedDay::date)
                    .toList();
            var certificate = planning.certificate(person, month.atEndOfMonth()).or(() -> planning.certificate(person, month.atDay(1)));
            if (certificate.isEmpty()) {
                findings.add(new Finding("EG02", Scope.PERSON, Severity.ERROR, person, name, "claims.check.noCertificate", List.of(month.toString()),
                        personLink));
            } else if (!certificate.get().number().matches("\\d{10}") || !certificate.get().municipalityCode().matches("\\d{6}")) {
                findings.add(new Finding("EG02", Scope.PERSON, Severity.ERROR, person, name, "claims.check.certificateMalformed",
                        List.of(certificate.get().number(), certificate.get().municipalityCode()), personLink));
            }
            List<String> undecided = new ArrayList<>();
            List<String> uncontracted = new ArrayList<>();
            // one read for all the person's days (a contract and a covering decision); only the days that fail are asked why
            List<java.util.OptionalInt> covered = planning.daysAllowedUnderContract(present.stream()
                    .map(d -> new PlanningQueries.ContractQuestion(officeId, person, type, d)).toList());
            for (int i = 0; i < present.size(); i++) {
                if (covered.get(i).isPresent()) {
                    continue;
                }
                LocalDate d = present.get(i);
                if (planning.daysAllowed(person, type, d).isEmpty()) {
                    undecided.add(d.toString());
                } else {
                    uncontracted.add(d.toString());
                }
            }
            if (!undecided.isEmpty()) {
                findings.add(new Finding("EG13", Scope.PERSON, Severity.ERROR, person, name, "claims.check.noDecision",
                        List.of(String.join(", ", undecided)), personLink));
            }
            String sheet = base + "/workspace/sheets/" + person.value() + "?month=" + month;
            var contract = java.util.Optional.ofNullable(contracts.get(person));
            if (!uncontracted.isEmpty() && contract.isPresent()) {
                // EG61: a contract runs in the month, but not on these days (after its end, before its start): each record named
                uncontracted.forEach(day -> findings.add(new Finding("EG61", Scope.PERSON, Severity.ERROR, person, name, "claims.check.outsideContract",
                        List.of(day, String.valueOf(contract.get().start()), contract.get().end() == null ? "-" : String.valueOf(contract.get().end())),
                        sheet + "&date=" + day)));
            } else if (!uncontracted.isEmpty()) {
                findings.add(new Finding("EE26", Scope.PERSON, Severity.ERROR, person, name, "claims.check.noContract",
                        List.of(String.join(", ", uncontracted)), personLink));
            }
            Integer decided = allowed.get(person);
            Integer contracted = contract.map(PlanningQueries.ContractTerms::contractedDays).orElse(null);
            int limit = Math.min(decided == null ? Integer.MAX_VALUE : decided, contracted == null ? Integer.MAX_VALUE : contracted);
            if (contracted != null && decided != null && contracted > decided) { // J121-05 #8 above the decision: the file is rejected
                findings.add(new Finding("EG28", Scope.PERSON, Severity.ERROR, person, name, "claims.check.contractAboveDecided",
                        List.of(String.valueOf(contracted), String.valueOf(decided), month.toString()), personLink));
            }
            if (present.size() > limit) { // the days beyond are not claimed (MonthlyClaimService.claimedDays): named, not a stop
                List<String> notClaimed = present.stream().sorted().skip(limit).map(String::valueOf).toList();
                findings.add(new Finding("EG28", Scope.PERSON, Severity.WARNING, person, name, "claims.check.beyondDecided",
                        List.of(String.valueOf(present.size()), String.valueOf(limit), String.join(", ", notClaimed)), sheet));
            }
            CapManagementService.Managed m = managed.get(person);
            if (m != null && m.recorded() == null) { // registered for 上限額管理: #15-17 and #26 must be filled
                findings.add(new Finding("EJ13", Scope.PERSON, Severity.ERROR, person, name, "claims.check.capMissing",
                        List.of(m.registration().managingOffice(), month.toString()), capLink(officeId, month)));
            }
            long responses = e.getValue().stream().filter(d -> !d.present() && d.absenceResponded()).count();
            if (responses > maxAbsences) {
                findings.add(new Finding(null, Scope.PERSON, Severity.WARNING, person, name, "claims.check.absences",
                        List.of(String.valueOf(responses), String.valueOf(maxAbsences)), base + "/workspace/absences/" + person.value()));
            }
        }
        filed.ifPresent(f -> additionsRecordedNotCounting(f, byPerson, month, base, findings));
        offSiteBeyondTheYear(officeId, type, month, on, byPerson, names, findings);
        int persons = byPerson.size();
        if (type == ServiceType.RETENTION) {
            persons = withoutFaceToFace(officeId, month, findings);
        }
        findings.sort(java.util.Comparator.comparing(Finding::severity).thenComparing(f -> f.name() == null ? "" : f.name()));
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "claim_checks", month.toString()).inOffice(officeId)
                .withDetails(type + " findings=" + findings.size()));
        return new Checks(month, type, persons, findings);
    }

    /**
     * 就労定着支援 (TR-3): a person's month is billable only with a face-to-face contact in it; the persons with a usage
     * contract running in the month without one are named (not claimed). Needs the training module, which keeps the
     * contacts; the number of persons under contract is answered.
     */
    private int withoutFaceToFace(OfficeId officeId, YearMonth month, List<Finding> findings) {
        List<PlanningQueries.PersonName> everyone = planning.persons(officeId, 10_000);
        Map<PersonId, PlanningQueries.ContractTerms> contracted = planning.contracts(officeId,
                everyone.stream().map(PlanningQueries.PersonName::personId).toList(), ServiceType.RETENTION, month);
        List<PlanningQueries.PersonName> served = everyone.stream().filter(p -> contracted.containsKey(p.personId())).toList();
        if (!modules.isEnabled(officeId, "training")) {
            if (!served.isEmpty()) {
                findings.add(new Finding(null, Scope.OFFICE, Severity.WARNING, null, null, "claims.check.trainingOff", List.of(),
                        "/offices/" + officeId + "/modules"));
            }
            return served.size();
        }
        for (PlanningQueries.PersonName p : served) {
            if (training.faceToFaceContacts(officeId, p.personId(), month) == 0) {
                findings.add(new Finding(null, Scope.PERSON, Severity.WARNING, p.personId(), p.name(), "claims.check.noFaceToFace",
                        List.of(month.toString()), "/offices/" + officeId + "/training/retention-support"));
            }
        }
        return served.size();
    }

    /**
     * 上限額管理 results entered from another office's 上限額管理結果票 against this office's own charge of the month (EJ16: result
     * 2 keeps each office's own charge; EJ13: the amount is what the person pays here, never above the own charge). Only
     * when such a result is recorded, the month's claim is computed for it (in a transaction of its own: a month
     * the claim refuses, not closed yet, gives no finding here, the claim page says why).
     */
    private List<Finding> capResults(OfficeId officeId, ServiceType type, YearMonth month) {
        boolean enteredElsewhere = tx.execute(status -> caps.inForce(officeId, month).values().stream()
                .anyMatch(m -> m.recorded() != null && !m.registration().managedHere()));
        if (!enteredElsewhere) {
            return List.of();
        }
        MonthlyClaimService.MonthClaim claim;
        try {
            claim = tx.execute(status -> claims.month(officeId, type, month));
        } catch (Problem refused) {
            return List.of();
        }
        return claim.persons().stream().filter(p -> p.capManagement() != null && p.capManagement().recorded() && p.capManagement().problemKey() != null)
                .map(p -> new Finding(p.capManagement().rejection(), Scope.PERSON, Severity.ERROR, p.personId(), p.name(),
                        p.capManagement().problemKey(), p.capManagement().problemArgs(), capLink(officeId, month)))
                .toList();
    }

    static String capLink(OfficeId officeId, YearMonth month) {
        return "/offices/" + officeId + "/claims/cap-management?month=" + month;
    }

    /**
     * 施設外支援 beyond the days a fiscal year allows (rule table {@code off-site-support-limits}): the days of the year so far
     * are counted only for the persons with off-site days this month (the earlier months read then); the days beyond are
     * named, each person's sheet linked.
     */
    private void offSiteBeyondTheYear(OfficeId officeId, ServiceType type, YearMonth month, RuleView on,
                                      Map<PersonId, List<AttendanceQueries.RecordedDay>> byPerson, Map<PersonId, PlanningQueries.PersonName> names,
                                      List<Finding> findings) {
        Map<PersonId, List<LocalDate>> offSite = new LinkedHashMap<>();
        byPerson.forEach((p, days) -> {
            List<LocalDate> d = days.stream().filter(x -> x.present() && x.offsite()).map(AttendanceQueries.RecordedDay::date).sorted().toList();
            if (!d.isEmpty()) {
                offSite.put(p, d);
            }
        });
        if (offSite.isEmpty() || (type != ServiceType.TYPE_A && type != ServiceType.TYPE_B)) {
            return;
        }
        int limit;
        try {
            limit = on.row("off-site-support-limits", type.name()).integer("daysPerFiscalYear");
        } catch (RuleNotFound none) {
            return;
        }
        Map<PersonId, Integer> before = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(jp.tsunagu.kernel.FiscalYear.of(month).start()); m.isBefore(month); m = m.plusMonths(1)) {
            attendance.recordedDays(officeId, m).stream().filter(d -> d.serviceType() == type && d.present() && d.offsite()
                    && offSite.containsKey(d.personId())).forEach(d -> before.merge(d.personId(), 1, Integer::sum));
        }
        offSite.forEach((person, days) -> {
            int earlier = before.getOrDefault(person, 0);
            if (earlier + days.size() > limit) {
                List<String> beyond = days.stream().skip(Math.max(0, limit - earlier)).map(String::valueOf).toList();
                findings.add(new Finding(null, Scope.PERSON, Severity.ERROR, person, names.containsKey(person) ? names.get(person).name() : "-",
                        "claims.check.offSiteBeyond", List.of(String.valueOf(earlier + days.size()), String.valueOf(limit), String.join(", ", beyond)),
                        "/offices/" + officeId + "/workspace/sheets/" + person.value() + "?month=" + month));
            }
        });
    }

    /** Transport or meals recorded while the addition does not count in the month: the office learns why it is not claimed. */
    private static void additionsRecordedNotCounting(ClaimProfileService.InForce filed, Map<PersonId, List<AttendanceQueries.RecordedDay>> days,
                                                     YearMonth month, String base, List<Finding> findings) {
        List<String> counting = filed.additions().stream().map(ClaimProfileService.AdditionView::addition).toList();
        long trips = days.values().stream().flatMap(List::stream).filter(AttendanceQueries.RecordedDay::present)
                .mapToLong(d -> (d.transportTo() ? 1 : 0) + (d.transportFrom() ? 1 : 0)).sum();
        if (trips > 0 && counting.stream().noneMatch(a -> a.startsWith("TRANSPORT_"))) {
            findings.add(new Finding(null, Scope.OFFICE, Severity.WARNING, null, null, "claims.check.additionNotCounting",
                    List.of("TRANSPORT", String.valueOf(trips), month.toString()), base + "/claims/profile"));
        }
        long meals = days.values().stream().flatMap(List::stream).filter(d -> d.present() && d.meal()).count();
        if (meals > 0 && !counting.contains("MEAL_PROVISION")) {
            findings.add(new Finding(null, Scope.OFFICE, Severity.WARNING, null, null, "claims.check.additionNotCounting",
                    List.of("MEAL_PROVISION", String.valueOf(meals), month.toString()), base + "/claims/profile"));
        }
    }
}
