package jp.tsunagu.wages.internal.average;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleTrail;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.TracedRuleView;
import jp.tsunagu.rules.national.AverageMonthlyKouchinRules;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.wages.api.ServiceMonthTier;
import jp.tsunagu.wages.internal.domain.AverageKouchin;
import jp.tsunagu.wages.internal.domain.AverageKouchin.Average;
import jp.tsunagu.wages.internal.domain.AverageKouchin.Tier;
import jp.tsunagu.wages.internal.domain.AverageKouchin.Totals;
import jp.tsunagu.workspace.api.AttendanceQueries;
import jp.tsunagu.workspace.api.AttendanceQueries.MonthOfService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The average monthly 工賃 of an office for a fiscal year, from its closed months: the 工賃 paid by the closed runs, the
 * days present and the opening days of the same months' closed service records (through {@link AttendanceQueries}),
 * all of B型 users ({@link AverageKouchin#SERVICE_TYPES}); a month counts once its run is closed. Then the tier the average
 * sets in each service month of the next year, under the office's reward profile in force that month and the rule
 * tables of that month, with the rule versions used. Also the office's reward profile (versioned by effective month)
 * and its target 工賃 per fiscal year, each change audited.
 */
@Service
public class AverageService {
    private final RewardProfileRepository profiles;
    private final KouchinTargetRepository targets;
    private final ClosedRuns closedRuns;
    private final AttendanceQueries attendance;
    private final Offices offices;
    private final Rules rules;
    private final AuditTrail audit;
    private final Clock clock;

    AverageService(RewardProfileRepository profiles, KouchinTargetRepository targets, ClosedRuns closedRuns, AttendanceQueries attendance,
                   Offices offices, Rules rules, AuditTrail audit, Clock clock) {
        this.profiles = profiles;
        this.targets = targets;
        this.closedRuns = closedRuns;
        this.attendance = attendance;
        this.offices = offices;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** A fiscal year's average, the tiers it sets in the next year's service months, the year's target, the rules used. */
    record YearAverage(OfficeSummary office, Average average, List<TierRow> tiers, Optional<Target> target,
                       List<RuleTrail.Entry> trail) {
    }

    /** The office's target 工賃 of a year and its plan. */
    record Target(FiscalYear year, Yen target, String plan) {
    }

    /** The tier of the service months {@code from} to {@code until}; empty where no reward profile is in force. */
    record TierRow(YearMonth from, YearMonth until, Optional<Tier> tier) {
    }

    /**
     * A year of the office's history: its closed months, totals and, where they give one, the average (else null: no
     * opening day, or no rules for the year).
     */
    record YearSummary(FiscalYear year, int months, Yen paid, long userDays, long openingDays, BigDecimal usersPerDay, Yen average,
                       Yen minimum, Boolean meetsMinimum, Yen target) {
    }

    /** The 工賃実績報告 of a fiscal year: the office, the year's figures and the year before's (null when none). */
    record Report(OfficeSummary office, YearSummary year, YearSummary previous) {
    }

    /** The report of {@code year}; a year without an average (no closed month) is refused naming {@code fiscalYear}. */
    @Transactional(readOnly = true)
    Report report(OfficeId office, FiscalYear year) {
        OfficeSummary o = offices.require(office);
        List<YearSummary> history = history(office);
        YearSummary shown = history.stream().filter(y -> y.year().equals(year) && y.average() != null).findFirst()
                .orElseThrow(() -> new Problem.Invalid("fiscalYear", "wages.report.noYear", year.startYear()));
        YearSummary previous = history.stream().filter(y -> y.year().equals(year.previous()) && y.average() != null).findFirst().orElse(null);
        return new Report(o, shown, previous);
    }

    /** The fiscal year named by the year it starts in, or a refusal naming {@code fiscalYear} (the documents' paths too). */
    public static FiscalYear fiscalYear(int startYear) {
        try {
            return FiscalYear.startingIn(startYear);
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid("fiscalYear", "wages.average.fiscalYear", startYear);
        }
    }

    /** The fiscal year whose average sets the tiers of today's service month (the year before today's). */
    FiscalYear latestApplying() {
        return FiscalYear.of(LocalDate.now(clock)).previous();
    }

    /**
     * The year's average with its steps and the tiers it sets in each service month of the next year where something
     * changes (the year's start, a new version of the tier table, a new version of the profile, the end of a new office's
     * first year). Zero opening days or user-days is a refusal naming the field.
     */
    @Transactional(readOnly = true)
    YearAverage year(OfficeId office, FiscalYear year) {
        OfficeSummary o = offices.require(office);
        Computed computed = compute(office, year, closedRuns.paid(office, year.firstMonth(), year.lastMonth(), AverageKouchin.SERVICE_TYPES));
        List<RewardProfile> versions = profiles.ofOffice(office.value());
        FiscalYear served = year.next();
        List<YearMonth> starts = List.copyOf(changes(served, versions));
        Set<RuleTrail.Entry> trail = new LinkedHashSet<>(computed.trail());
        List<TierRow> tiers = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            YearMonth from = starts.get(i);
            YearMonth until = i + 1 < starts.size() ? starts.get(i + 1).minusMonths(1) : served.lastMonth();
            Optional<RewardProfile> profile = inForce(versions, from);
            if (profile.isEmpty()) {
                tiers.add(new TierRow(from, until, Optional.empty()));
                continue;
            }
            TracedRuleView view = rules.traced(from.atDay(1));
            Tier tier = ruled("fiscalYear", () -> AverageKouchin.tier(from, computed.average().average(), profile.get().profile(), capacity(o), view));
            trail.addAll(view.trail().entries());
            tiers.add(new TierRow(from, until, Optional.of(tier)));
        }
        return new YearAverage(o, computed.average(), tiers, targets.of(office.value(), year.startYear()).map(KouchinTarget::view),
                List.copyOf(trail));
    }

    /** Every fiscal year with a closed month, oldest first. */
    @Transactional(readOnly = true)
    List<YearSummary> history(OfficeId office) {
        offices.require(office);
        Map<FiscalYear, List<ClosedRuns.MonthPaid>> byYear = new TreeMap<>();
        for (ClosedRuns.MonthPaid m : closedRuns.paid(office, YearMonth.of(1900, 4), YearMonth.of(9999, 3), AverageKouchin.SERVICE_TYPES)) {
            byYear.computeIfAbsent(FiscalYear.of(m.month()), y -> new ArrayList<>()).add(m);
        }
        Map<FiscalYear, Yen> targetOf = new TreeMap<>();
        targets.ofOffice(office.value()).forEach(t -> targetOf.put(t.fiscalYear(), t.target()));
        List<YearSummary> years = new ArrayList<>();
        byYear.forEach((year, months) -> {
            Totals totals = totals(office, year, months);
            Average a = null;
            try {
                a = AverageKouchin.average(totals, rules.on(year.next().start()));
            } catch (Problem.Invalid | RuleNotFound e) {
                // a year that gives no average shows its totals, and why not in the year's own view
            }
            years.add(new YearSummary(year, months.size(), totals.paid(), totals.userDays(), totals.openingDays(),
                    a == null ? null : a.usersPerDay(), a == null ? null : a.average(), a == null ? null : a.minimum(),
                    a == null ? null : a.meetsMinimum(), targetOf.get(year)));
        });
        return years;
    }

    /**
     * The tier of a service month for claims ({@code api.WagesQueries.average}): the average of the year before (unless the
     * office's first year or a flat type makes it unused) and the units per day under the profile in force that month.
     */
    @Transactional(readOnly = true)
    public ServiceMonthTier serviceMonth(OfficeId office, YearMonth month) {
        OfficeSummary o = offices.require(office);
        AverageKouchin.Profile profile = inForce(profiles.ofOffice(office.value()), month)
                .orElseThrow(() -> new Problem.Invalid("profile", "wages.average.noProfile", month)).profile();
        FiscalYear year = FiscalYear.of(month).previous();
        Computed computed = AverageKouchin.needsAverage(month, profile)
                ? compute(office, year, closedRuns.paid(office, year.firstMonth(), year.lastMonth(), AverageKouchin.SERVICE_TYPES))
                : null;
        Average average = computed == null ? null : computed.average();
        TracedRuleView view = rules.traced(month.atDay(1));
        Tier tier = ruled("serviceMonth", () -> AverageKouchin.tier(month, average == null ? null : average.average(), profile, capacity(o), view));
        Set<RuleTrail.Entry> trail = new LinkedHashSet<>(computed == null ? List.of() : computed.trail());
        trail.addAll(view.trail().entries());
        return new ServiceMonthTier(month, year, tier.basis(), tier.average(), average == null ? null : average.usersPerDay(),
                average == null ? 0 : average.totals().months().size(), tier.staffing(), tier.variant(), tier.capacity(), tier.tier(),
                tier.from(), tier.to(), tier.units(), new RuleTrail(month.atDay(1), List.copyOf(trail)));
    }

    /** The office's reward profile versions, newest first. */
    @Transactional(readOnly = true)
    List<RewardProfile> profiles(OfficeId office) {
        offices.require(office);
        return profiles.ofOffice(office.value());
    }

    /**
     * Stores the version of the reward profile starting in {@code month}, or replaces it. Exempt from the June 2026
     * revision needs its evidence and the date it was recorded; no date may be in the future; a version cannot start
     * before the office was designated.
     */
    @Transactional
    RewardProfile saveProfile(OfficeId office, YearMonth month, RewardProfile.Terms terms, String by) {
        offices.require(office);
        LocalDate today = LocalDate.now(clock);
        if (terms.revisionStatus() == TypeBBaseUnits.Variant.EXEMPT) {
            if (terms.evidence() == null) {
                throw new Problem.Invalid("evidence", "wages.profile.evidenceRequired");
            }
            if (terms.evidenceRecordedOn() == null) {
                throw new Problem.Invalid("evidenceRecordedOn", "wages.profile.evidenceDateRequired");
            }
        }
        if (terms.evidenceRecordedOn() != null && terms.evidenceRecordedOn().isAfter(today)) {
            throw new Problem.Invalid("evidenceRecordedOn", "wages.profile.future", terms.evidenceRecordedOn());
        }
        if (terms.designatedOn().isAfter(today)) {
            throw new Problem.Invalid("designatedOn", "wages.profile.future", terms.designatedOn());
        }
        if (month.isBefore(YearMonth.from(terms.designatedOn()))) {
            throw new Problem.Invalid("effectiveMonth", "wages.profile.beforeDesignation", month, terms.designatedOn());
        }
        Optional<RewardProfile> existing = profiles.startingIn(office.value(), month.atDay(1));
        RewardProfile profile = existing.orElseGet(() -> new RewardProfile(office.value(), month, terms, by, clock.instant()));
        existing.ifPresent(p -> p.change(terms));
        profiles.saveAndFlush(profile);
        audit.record(AuditEvent.of(existing.isPresent() ? AuditEvent.Action.UPDATE : AuditEvent.Action.CREATE, "wages_reward_profile",
                profile.id().toString()).inOffice(office).withDetails("from=" + month + " staffing=" + terms.staffing() + " status="
                + terms.revisionStatus() + " evidence=" + (terms.evidence() == null ? "-" : terms.evidenceRecordedOn()) + " designatedOn="
                + terms.designatedOn()));
        return profile;
    }

    /** Stores or replaces the office's target 工賃 of {@code year}, with its plan. */
    @Transactional
    Target saveTarget(OfficeId office, FiscalYear year, Yen target, String plan, String by) {
        offices.require(office);
        Optional<KouchinTarget> existing = targets.of(office.value(), year.startYear());
        KouchinTarget t = existing.orElseGet(() -> new KouchinTarget(office.value(), year, target, plan, by, clock.instant()));
        existing.ifPresent(e -> e.change(target, plan));
        targets.saveAndFlush(t);
        audit.record(AuditEvent.of(existing.isPresent() ? AuditEvent.Action.UPDATE : AuditEvent.Action.CREATE, "wages_kouchin_target",
                t.id().toString()).inOffice(office).withDetails(year + " target=" + target.value() + " plan=" + (t.plan() == null ? 0 : t.plan().length())));
        return t.view();
    }

    /** The least average the rules ask of {@code year}'s average (for the chart's line), if the rules of its use are loaded. */
    Optional<Yen> minimumFor(FiscalYear year) {
        try {
            return Optional.of(new AverageMonthlyKouchinRules(rules.on(year.next().start())).minimumAverageYen());
        } catch (RuleNotFound e) {
            return Optional.empty();
        }
    }

    private record Computed(Average average, List<RuleTrail.Entry> trail) {
    }

    private Computed compute(OfficeId office, FiscalYear year, List<ClosedRuns.MonthPaid> months) {
        Totals totals = totals(office, year, months);
        TracedRuleView view = rules.traced(year.next().start());
        Average average = ruled("fiscalYear", () -> AverageKouchin.average(totals, view));
        return new Computed(average, view.trail().entries());
    }

    /**
     * Per closed month from {@code from} to {@code to}: the 工賃 paid to the users the average counts, the persons paid,
     * their days present and the opening days (the average's inputs; for statistics outside the module).
     */
    public List<jp.tsunagu.wages.api.WagesQueries.ClosedMonth> closedMonths(OfficeId office, YearMonth from, YearMonth to) {
        Set<ServiceType> types = AverageKouchin.SERVICE_TYPES;
        List<jp.tsunagu.wages.api.WagesQueries.ClosedMonth> result = new ArrayList<>();
        for (ClosedRuns.MonthPaid m : closedRuns.paid(office, from, to, types)) {
            long userDays = attendance.month(office, m.month()).stream().filter(s -> types.contains(s.serviceType()))
                    .mapToLong(MonthOfService::days).sum();
            result.add(new jp.tsunagu.wages.api.WagesQueries.ClosedMonth(m.month(), m.paid(), closedRuns.persons(office, m.month(), types),
                    userDays, attendance.openingDays(office, m.month(), types)));
        }
        return result;
    }

    /** The year's totals over its closed months: 工賃 paid, days present, opening days (of the average's service types). */
    private Totals totals(OfficeId office, FiscalYear year, List<ClosedRuns.MonthPaid> months) {
        Set<ServiceType> types = AverageKouchin.SERVICE_TYPES;
        Yen paid = Yen.ZERO;
        long userDays = 0;
        long openingDays = 0;
        for (ClosedRuns.MonthPaid m : months) {
            paid = paid.plus(m.paid());
            userDays += attendance.month(office, m.month()).stream().filter(s -> types.contains(s.serviceType()))
                    .mapToLong(MonthOfService::days).sum();
            openingDays += attendance.openingDays(office, m.month(), types);
        }
        return new Totals(year, months.stream().map(ClosedRuns.MonthPaid::month).toList(), paid, userDays, openingDays);
    }

    /**
     * The service months of {@code served} where the tier may change: its first month, the start of a version of the tier
     * table or of the profile, and the end of a new office's first year.
     */
    private TreeSet<YearMonth> changes(FiscalYear served, List<RewardProfile> versions) {
        TreeSet<YearMonth> months = new TreeSet<>();
        months.add(served.firstMonth());
        rules.versions(TypeBBaseUnits.TABLE).stream().map(v -> v.effectiveFrom()).filter(served::contains)
                .forEach(d -> months.add(YearMonth.from(d)));
        for (RewardProfile p : versions) {
            YearMonth designated = YearMonth.from(p.terms().designatedOn());
            for (YearMonth m : List.of(p.effectiveMonth(), designated, designated.plusMonths(12))) {
                if (served.contains(m.atDay(1))) {
                    months.add(m);
                }
            }
        }
        return months;
    }

    /** The version in force in {@code month}: the latest starting in or before it ({@code versions} newest first). */
    private static Optional<RewardProfile> inForce(List<RewardProfile> versions, YearMonth month) {
        return versions.stream().filter(p -> !p.effectiveMonth().isAfter(month)).findFirst();
    }

    private static int capacity(OfficeSummary office) {
        Integer capacity = office.capacities().get(ServiceType.TYPE_B);
        if (capacity == null) {
            throw new Problem.Invalid("capacity", "wages.average.noCapacity");
        }
        return capacity;
    }

    /** A lookup whose missing rule is the user's refusal naming {@code field}, not a server error. */
    private static <T> T ruled(String field, Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (RuleNotFound e) {
            throw new Problem.Invalid(field, "rules.notFound", e.getMessage());
        }
    }
}
