package jp.tsunagu.claims.internal.month;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.claims.internal.caps.CapManagementService;
import jp.tsunagu.claims.internal.domain.CapAllocation;
import jp.tsunagu.claims.internal.domain.ClaimCalculation;
import jp.tsunagu.claims.internal.profile.ClaimProfileService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.BillingRounding;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import jp.tsunagu.rules.national.TypeBServiceCodes;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.workspace.api.AttendanceQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month's claim of an office for a service type, as it would be sent: from the closed service records (workspace),
 * the claim profile in force (体制届: reward type, capacity, the 工賃 tier filed, the revision status, the additions that
 * count, the 処遇改善 class), each person's recipient certificate (its cap), and the rule tables of the month (service
 * codes and units, the regional unit price, rounding). One calculation per person ({@link ClaimCalculation}); so far for
 * B型. What is refused names the field: a month not closed, no profile for the month, a service code or a unit price
 * the month's tables lack.
 */
@Service
public class MonthlyClaimService {
    private static final Set<String> TRANSPORT = Set.of("TRANSPORT_I", "TRANSPORT_II");

    private final ClaimProfileService profiles;
    private final AttendanceQueries attendance;
    private final PlanningQueries planning;
    private final Offices offices;
    private final Rules rules;
    private final AuditTrail audit;
    private final CapManagementService caps;

    MonthlyClaimService(ClaimProfileService profiles, AttendanceQueries attendance, PlanningQueries planning, Offices offices, Rules rules,
                        AuditTrail audit, CapManagementService caps) {
        this.caps = caps;
        this.profiles = profiles;
        this.attendance = attendance;
        this.planning = planning;
        this.offices = offices;
        this.rules = rules;
        this.audit = audit;
    }

    /**
     * A person's month: who, the certificate, the days present, the calculation (null when it cannot be made: {@code missing}
     * says why), 上限額管理, the days claimed (the first days present up to the decided and contracted amount: EG28; null in
     * claims closed before it was kept), the first day of the current period of use (初期加算's 利用開始日, null when none)
     * and the records the claim bills, kept with it (the days claimed and the absence responses counted) so that its
     * file is written from what was claimed, whatever happens to the records later (null in claims closed before).
     */
    public record PersonClaim(PersonId personId, String name, String kana, String certificateNumber, int daysPresent,
                              ClaimCalculation.Result claim, String missing, CapManagement capManagement, Integer daysClaimed,
                              java.time.LocalDate useStart, List<AttendanceQueries.RecordedDay> records) {
        /** The days the claim bills (those within the decided and contracted amount); all present in claims closed before. */
        public int daysBilled() {
            return daysClaimed == null ? daysPresent : daysClaimed;
        }
    }

    /**
     * 上限額管理 of the person's month (null when the person is not under it): the managing office, whether it is this one,
     * the result (1, 2, 3) and this office's amount after management (null while no result is recorded), at the managing
     * office the other offices' charges before and after; how it was found; what is wrong with it for the federation (the
     * rejection it would cause and a message key with its arguments, else null).
     */
    public record CapManagement(String managingOffice, boolean managedHere, Integer result, Yen resultAmount,
                                List<CapAllocation.Allocated> others, List<String> trail, String rejection, String problemKey,
                                List<String> problemArgs) {
        public boolean recorded() {
            return result != null;
        }
    }

    /** The office's month for the service type: the persons by kana and the totals of those calculated. */
    public record MonthClaim(YearMonth month, ServiceType serviceType, String baseCode, int baseUnits, BigDecimal unitPrice,
                             List<String> additions, List<PersonClaim> persons, long units, Yen cost, Yen charge, Yen benefit) {
    }

    @Transactional
    public MonthClaim month(OfficeId officeId, ServiceType type, YearMonth month) {
        OfficeSummary office = offices.require(officeId);
        if (type == null) {
            throw new Problem.Invalid("serviceType", "claims.profile.required");
        }
        if (!office.offers(type)) {
            throw new Problem.Invalid("serviceType", "claims.profile.notOffered", type);
        }
        if (type != ServiceType.TYPE_B) {
            throw new Problem.Invalid("serviceType", "claims.month.notConfigured", type);
        }
        if (!attendance.closed(officeId, month)) {
            throw new Problem.Invalid("month", "claims.month.notClosed", month);
        }
        ClaimProfileService.InForce filed = profiles.filedFor(officeId, type, month)
                .orElseThrow(() -> new Problem.Invalid("month", "claims.month.noProfile", type, month));
        ClaimProfileService.ProfileView p = filed.profile();
        RuleView on;
        try {
            on = rules.on(month.atDay(1));
        } catch (RuleNotFound before) {
            throw new Problem.Invalid("month", "claims.profile.monthTooEarly", month);
        }
        TypeBServiceCodes codes = new TypeBServiceCodes(on);
        RuleRow base;
        try {
            base = codes.base(TypeBBaseUnits.Variant.valueOf(p.revisionStatus()), p.staffing(), band(p.capacity()), p.kouchinTier());
        } catch (RuleNotFound missing) {
            throw new Problem.Invalid("kouchinTier", "claims.month.noServiceCode", p.staffing(), p.capacity(), p.kouchinTier(), month);
        }
        BigDecimal price;
        try {
            price = on.row("regional-unit-price", "CONTINUOUS_EMPLOYMENT", office.regionalClass()).decimal("yenPerUnit");
        } catch (RuleNotFound missing) {
            throw new Problem.Invalid("regionalClass", "claims.month.noUnitPrice", office.regionalClass(), month);
        }
        List<String> counting = filed.additions().stream().map(ClaimProfileService.AdditionView::addition).toList();
        List<ClaimCalculation.RateLine> rates = new ArrayList<>();
        if (p.payImprovement() != null) {
            RuleRow r = codes.payImprovement(p.payImprovement());
            rates.add(new ClaimCalculation.RateLine(codes.code(r), label(r), codes.ratePerMille(r)));
        }
        Map<PersonId, List<AttendanceQueries.RecordedDay>> byPerson = attendance.recordedDays(officeId, month).stream()
                .filter(d -> d.serviceType() == type)
                .collect(Collectors.groupingBy(AttendanceQueries.RecordedDay::personId, LinkedHashMap::new, Collectors.toList()));
        Map<PersonId, PlanningQueries.PersonName> names = planning.names(officeId, byPerson.keySet());
        BillingRounding rounding = new BillingRounding(on);
        Map<PersonId, CapManagementService.Managed> managed = caps.inForce(officeId, month);
        Map<PersonId, Integer> decided = planning.daysAllowed(byPerson.keySet(), type, month.atEndOfMonth());
        Map<PersonId, PlanningQueries.ContractTerms> contracts = planning.contracts(officeId, byPerson.keySet(), type, month);
        RuleRow initial = codes.addition("INITIAL");
        int quiet = initial.integer("restartAfterMonths");
        int period = initial.integer("periodDays");
        // the window that can hold a period of 初期加算 reaching into the month, with the quiet months before it
        Map<PersonId, AttendanceQueries.UseStart> starts = attendance.useStarts(officeId, type,
                month.atDay(1).minusDays(period).minusMonths(quiet), month.atEndOfMonth(), quiet);
        List<PersonClaim> persons = new ArrayList<>();
        for (Map.Entry<PersonId, List<AttendanceQueries.RecordedDay>> e : byPerson.entrySet()) {
            PlanningQueries.PersonName n = names.get(e.getKey());
            List<AttendanceQueries.RecordedDay> days = e.getValue();
            int present = (int) days.stream().filter(AttendanceQueries.RecordedDay::present).count();
            // EG28: the days claimed stay within the decided amount (支給量, or 原則の日数) and the contracted one; the days beyond
            // (the last ones) are not claimed, and the checks name them
            var contract = java.util.Optional.ofNullable(contracts.get(e.getKey()));
            List<AttendanceQueries.RecordedDay> claimed = claimedDays(days, decided.get(e.getKey()),
                    contract.map(PlanningQueries.ContractTerms::contractedDays).orElse(null));
            java.time.LocalDate start = useStart(starts.get(e.getKey()), contract.map(PlanningQueries.ContractTerms::start).orElse(null), quiet);
            var certificate = planning.certificate(e.getKey(), month.atEndOfMonth())
                    .or(() -> planning.certificate(e.getKey(), month.atDay(1)));
            if (certificate.isEmpty()) {
                persons.add(new PersonClaim(e.getKey(), n == null ? "-" : n.name(), n == null ? "" : n.kana(), null, present, null,
                        "claims.month.noCertificate", null, claimed.size(), start, null));
                continue;
            }
            Yen cap = certificate.get().monthlyCopayCap();
            List<ClaimCalculation.UnitLine> lines = new ArrayList<>();
            lines.add(new ClaimCalculation.UnitLine(codes.code(base), label(base), codes.units(base), claimed.size()));
            if (start != null) { // 初期加算: the days claimed within the period from the first day of use (no 届出 needed)
                java.time.LocalDate last = start.plusDays(period - 1L);
                lines.add(new ClaimCalculation.UnitLine(codes.code(initial), label(initial), codes.units(initial),
                        (int) claimed.stream().filter(d -> !d.date().isBefore(start) && !d.date().isAfter(last)).count()));
            }
            RuleRow absence = codes.addition("ABSENCE_RESPONSE");
            List<AttendanceQueries.RecordedDay> responses = days.stream().filter(d -> !d.present() && d.absenceResponded())
                    .sorted(java.util.Comparator.comparing(AttendanceQueries.RecordedDay::date)).limit(absence.integer("maxPerMonth")).toList();
            lines.add(new ClaimCalculation.UnitLine(codes.code(absence), label(absence), codes.units(absence), responses.size()));
            for (String transport : counting.stream().filter(TRANSPORT::contains).toList()) {
                RuleRow t = codes.addition(transport);
                int trips = (int) claimed.stream().mapToLong(d -> (d.transportTo() ? 1 : 0) + (d.transportFrom() ? 1 : 0)).sum();
                lines.add(new ClaimCalculation.UnitLine(codes.code(t), label(t), codes.units(t), trips));
            }
            if (counting.contains("MEAL_PROVISION")) {
                // 食事提供体制加算: the days a meal was provided as recorded (who is eligible by income is a pre-claim check to come)
                RuleRow meal = codes.addition("MEAL_PROVISION");
                int meals = (int) claimed.stream().filter(AttendanceQueries.RecordedDay::meal).count();
                lines.add(new ClaimCalculation.UnitLine(codes.code(meal), label(meal), codes.units(meal), meals));
            }
            CapManagementService.Managed m = managed.get(e.getKey());
            Yen managementResult = null;
            if (m != null && m.recorded() != null && m.registration().managedHere() && !m.recorded().others().isEmpty()) {
                // 利用者負担上限額管理加算: the managing office, in a month it shared the cap out with other offices
                RuleRow management = codes.addition("COPAY_CAP_MANAGEMENT");
                lines.add(new ClaimCalculation.UnitLine(codes.code(management), label(management), codes.units(management), 1));
            } else if (m != null && m.recorded() != null && !m.registration().managedHere()) {
                managementResult = m.recorded().resultAmount();
            }
            ClaimCalculation.Result r = ClaimCalculation.calculate(new ClaimCalculation.Input(lines, rates, price, cap, managementResult), rounding);
            persons.add(new PersonClaim(e.getKey(), n == null ? "-" : n.name(), n == null ? "" : n.kana(), certificate.get().number(), present, r,
                    null, m == null ? null : capManagement(m, r, cap, office, month), claimed.size(), start,
                    java.util.stream.Stream.concat(claimed.stream(), responses.stream())
                            .sorted(java.util.Comparator.comparing(AttendanceQueries.RecordedDay::date)).toList()));
        }
        persons.sort(java.util.Comparator.comparing(PersonClaim::kana));
        List<ClaimCalculation.Result> done = persons.stream().map(PersonClaim::claim).filter(java.util.Objects::nonNull).toList();
        audit.recordAll(persons.isEmpty()
                ? List.of(AuditEvent.of(AuditEvent.Action.READ, "claim_month", month.toString()).inOffice(officeId).withDetails(type + " no persons"))
                : persons.stream().map(x -> AuditEvent.of(AuditEvent.Action.READ, "claim_month", month.toString()).inOffice(officeId)
                        .about(x.personId().value()).withDetails(type.name())).toList());
        return new MonthClaim(month, type, codes.code(base), codes.units(base), price, counting, persons,
                done.stream().mapToLong(ClaimCalculation.Result::units).sum(),
                done.stream().map(ClaimCalculation.Result::cost).reduce(Yen.ZERO, Yen::plus),
                done.stream().map(ClaimCalculation.Result::charge).reduce(Yen.ZERO, Yen::plus),
                done.stream().map(ClaimCalculation.Result::benefit).reduce(Yen.ZERO, Yen::plus));
    }

    /**
     * 初期加算's 利用開始日, only where the records show it: the office kept records before the quiet months (so none of the
     * person's days in them is known: a first use, or a return after them), or the usage contract began within the quiet
     * months before it. Otherwise the day may be the office's first on Tsunagu with the use before it unrecorded: no
     * 初期加算 then, rather than an improper claim.
     */
    static java.time.LocalDate useStart(AttendanceQueries.UseStart start, java.time.LocalDate contractStart, int quietMonths) {
        if (start == null) {
            return null;
        }
        if (start.quietMonthsSeen()) {
            return start.date();
        }
        return contractStart != null && contractStart.isAfter(start.date().minusMonths(quietMonths)) ? start.date() : null;
    }

    /** The days present that may be claimed: by date, at most the decided and the contracted amount (either unknown: no limit). */
    static List<AttendanceQueries.RecordedDay> claimedDays(List<AttendanceQueries.RecordedDay> days, Integer decided, Integer contracted) {
        List<AttendanceQueries.RecordedDay> present = days.stream().filter(AttendanceQueries.RecordedDay::present)
                .sorted(java.util.Comparator.comparing(AttendanceQueries.RecordedDay::date)).toList();
        int limit = Math.min(decided == null ? present.size() : decided, contracted == null ? present.size() : contracted);
        return present.subList(0, Math.min(present.size(), Math.max(limit, 0)));
    }

    /** The person's 上限額管理 in the month: computed at the managing office, checked against the month's own charge elsewhere. */
    private static CapManagement capManagement(CapManagementService.Managed m, ClaimCalculation.Result r, Yen cap, OfficeSummary office,
                                               YearMonth month) {
        String managing = m.registration().managingOffice();
        if (m.recorded() == null) {
            return new CapManagement(managing, m.registration().managedHere(), null, null, List.of(),
                    List.of("上限額管理: " + managing + (m.registration().managedHere() ? " (this office)" : "") + " manages; no result for " + month),
                    "EJ13", "claims.check.capMissing", List.of(managing, month.toString()));
        }
        if (m.registration().managedHere()) {
            CapAllocation.Allocation a = CapAllocation.allocate(cap, r.share(), m.recorded().others());
            return new CapManagement(office.officeNumber(), true, a.result(), a.own(), a.others(), a.trail(), null, null, List.of());
        }
        Yen own = r.share().min(cap);
        int result = m.recorded().result();
        Yen amount = m.recorded().resultAmount();
        List<String> trail = List.of("上限額管理: " + managing + " manages; result " + result + ", this office's amount " + amount.value()
                + " (its own charge before management " + own.value() + ")");
        if (result == 2 && !amount.equals(own)) {
            return new CapManagement(managing, false, result, amount, List.of(), trail, "EJ16", "claims.check.capResult2",
                    List.of(String.valueOf(amount.value()), String.valueOf(own.value())));
        }
        if (amount.isGreaterThan(own)) {
            return new CapManagement(managing, false, result, amount, List.of(), trail, "EJ13", "claims.check.capAboveOwn",
                    List.of(String.valueOf(amount.value()), String.valueOf(own.value())));
        }
        return new CapManagement(managing, false, result, amount, List.of(), trail, null, null, List.of());
    }

    private static String label(RuleRow row) {
        return row.has("name") ? row.text("name") : row.text("abbreviation");
    }

    /** 利用定員 band of the base tables: ≤20, 21–40, 41–60, 61–80, ≥81. */
    static String band(int capacity) {
        return capacity <= 20 ? "UP_TO_20" : capacity <= 40 ? "21_40" : capacity <= 60 ? "41_60" : capacity <= 80 ? "61_80" : "81_PLUS";
    }
}
