package jp.tsunagu.workspace.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.LocalParameters;
import jp.tsunagu.rules.ParameterValue;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleTrail;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.TracedRuleView;
import jp.tsunagu.rules.national.FullTimeEquivalents;
import jp.tsunagu.rules.national.StaffingRatios;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.workspace.internal.domain.OfficeStaffingLevel;
import jp.tsunagu.workspace.internal.domain.StaffAssignment;
import jp.tsunagu.workspace.internal.persistence.OfficeStaffingLevelRepository;
import jp.tsunagu.workspace.internal.persistence.ServiceCountRepository;
import jp.tsunagu.workspace.internal.persistence.StaffAssignmentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staffing of a month (WS-4): per service of the office, the full-time equivalent (常勤換算) of the roles the staffing
 * ratio counts, against the full-time equivalent the ratio asks for with the average users of the fiscal year
 * before (user-days ÷ opening days from the service records; the capacity when that year has none), at the
 * office's staffing level. Every ratio and rounding comes from the rules (tables {@code staffing-ratio} and
 * {@code full-time-equivalent}, parameter {@code full-time-hours-per-week}); the answer carries their trail.
 */
@Service
public class StaffingService {
    static final String FULL_TIME_HOURS = "full-time-hours-per-week";

    private final StaffAssignmentRepository assignments;
    private final OfficeStaffingLevelRepository levels;
    private final ServiceCountRepository counts;
    private final Offices offices;
    private final Rules rules;
    private final LocalParameters parameters;
    private final AuditTrail audit;
    private final Clock clock;

    StaffingService(StaffAssignmentRepository assignments, OfficeStaffingLevelRepository levels, ServiceCountRepository counts,
                    Offices offices, Rules rules, LocalParameters parameters, AuditTrail audit, Clock clock) {
        this.assignments = assignments;
        this.levels = levels;
        this.counts = counts;
        this.offices = offices;
        this.rules = rules;
        this.parameters = parameters;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where a staffing level comes from: the office's own filing, or the default of the rules. */
    public enum LevelOrigin { OFFICE, DEFAULT }

    /** Where the average users come from: the service records of the year before, or the capacity. */
    public enum UsersBasis { RECORDS, CAPACITY }

    /** The staffing level of a service on a date, the levels the rules allow, and where it comes from. */
    public record Level(ServiceType serviceType, String level, LevelOrigin origin, LocalDate effectiveFrom, String setBy,
                        List<String> allowed) {
    }

    /** The month's staffing of the office. */
    public record Report(OfficeId officeId, YearMonth month, BigDecimal fullTimeHoursPerWeek, ParameterValue.Origin fullTimeHoursOrigin,
                         List<ServiceStaffing> services, List<ServiceType> notCovered, boolean shortage, RuleTrail rules) {
    }

    /** One service's staffing: its users, its level, and each requirement of its ratio. */
    public record ServiceStaffing(ServiceType serviceType, Set<ServiceType> pooledServiceTypes, int capacity, String level,
                                  LevelOrigin levelOrigin, LocalDate fiscalYearFrom, LocalDate fiscalYearTo, long userDays,
                                  long openingDays, BigDecimal averageUsers, UsersBasis averageUsersBasis,
                                  List<Requirement> requirements, boolean shortage) {
    }

    /**
     * One requirement: the counted roles' full-time equivalent against the one required.
     *
     * @param countedHoursPerWeek the weekly hours that count (for the days of the month, one person at most full time)
     */
    public record Requirement(String staff, List<String> roles, BigDecimal usersPerStaff, BigDecimal requiredFte, BigDecimal fte,
                              int staffCount, BigDecimal countedHoursPerWeek, boolean shortage) {
    }

    /** The levels in force on a date for every service of the office that has a staffing standard. */
    @Transactional(readOnly = true)
    public List<Level> levels(OfficeId office, LocalDate date) {
        OfficeSummary o = office(office);
        StaffingRatios ratios = new StaffingRatios(rules.on(date));
        try {
            List<Level> found = new ArrayList<>();
            for (ServiceType standard : standards(o, ratios).keySet()) {
                found.add(level(office, standard, date, ratios));
            }
            return found;
        } catch (RuleNotFound e) {
            throw new Problem.Invalid("date", "rules.notFound", e.getMessage());
        }
    }

    /**
     * The office's staffing level for a service from the first day of a month (a later filing replaces the one of
     * that same month). A level the rules do not know for the service, a service the office does not offer or that
     * has no staffing standard, or a start that is not the first of a month is refused naming the field. Audited.
     */
    @Transactional
    public Level setLevel(OfficeId office, ServiceType type, String level, LocalDate effectiveFrom, String by) {
        OfficeSummary o = office(office);
        if (!o.offers(type)) {
            throw new Problem.Invalid("serviceType", "workspace.staff.serviceNotOffered", type);
        }
        if (effectiveFrom.getDayOfMonth() != 1) {
            throw new Problem.Invalid("effectiveFrom", "workspace.staffing.firstOfMonth", effectiveFrom);
        }
        StaffingRatios ratios = new StaffingRatios(rules.on(effectiveFrom));
        ServiceType standard;
        List<String> allowed;
        try {
            standard = ratios.standardFor(type)
                    .orElseThrow(() -> new Problem.Invalid("serviceType", "workspace.staffing.noStandard", type));
            allowed = ratios.levels(standard);
        } catch (RuleNotFound e) {
            throw new Problem.Invalid("effectiveFrom", "rules.notFound", e.getMessage());
        }
        if (!allowed.contains(level)) {
            throw new Problem.Invalid("level", "workspace.staffing.level", level, standard, String.join(", ", allowed));
        }
        Optional<OfficeStaffingLevel> same = levels.startingOn(office.value(), standard, effectiveFrom);
        same.ifPresentOrElse(l -> l.change(level, by, clock.instant()),
                () -> levels.save(new OfficeStaffingLevel(office.value(), standard, level, effectiveFrom, by, clock.instant())));
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "office_staffing_level", office.value() + ":" + standard).inOffice(office)
                .withDetails("level=" + level + " from=" + effectiveFrom));
        return new Level(standard, level, LevelOrigin.OFFICE, effectiveFrom, by, allowed);
    }

    /** The month's staffing per service, with the shortage flag (full-time equivalent below the required one). */
    @Transactional(readOnly = true)
    public Report staffing(OfficeId office, YearMonth month) {
        OfficeSummary o = office(office);
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        TracedRuleView view = rules.traced(first);
        try {
            StaffingRatios ratios = new StaffingRatios(view);
            FullTimeEquivalents fte = new FullTimeEquivalents(view);
            ParameterValue fullTimeParameter = parameters.forOffice(office, FULL_TIME_HOURS, first);
            BigDecimal fullTime = fullTimeParameter.decimal();
            Map<ServiceType, Set<ServiceType>> standards = standards(o, ratios);
            List<Counted> counted = counted(assignments.validWithin(office.value(), first, last), month, fullTime, fte);
            LocalDate fyFrom = fiscalYearBefore(first);
            LocalDate fyTo = fyFrom.plusYears(1).minusDays(1);

            List<ServiceStaffing> services = new ArrayList<>();
            for (var s : standards.entrySet()) {
                ServiceType standard = s.getKey();
                Set<ServiceType> pool = s.getValue();
                int capacity = pool.stream().filter(o::offers).mapToInt(t -> o.capacities().get(t)).sum();
                long userDays = counts.userDays(office.value(), pool, fyFrom, fyTo);
                long openingDays = counts.openingDays(office.value(), pool, fyFrom, fyTo);
                boolean fromRecords = openingDays > 0;
                BigDecimal averageUsers = fromRecords ? ratios.averageUsers(standard, userDays, openingDays)
                        : ratios.usersWithoutRecords(standard, capacity);
                Level level = level(office, standard, first, ratios);
                List<Requirement> requirements = new ArrayList<>();
                for (StaffingRatios.Requirement r : ratios.requirements(standard, level.level())) {
                    Map<UUID, BigDecimal> hoursByStaff = new LinkedHashMap<>();
                    for (Counted c : counted) {
                        if (pool.contains(c.assignment().serviceType()) && r.roles().contains(c.assignment().role().name())) {
                            hoursByStaff.merge(c.assignment().staffId(), c.hours(), BigDecimal::add);
                        }
                    }
                    BigDecimal have = fte.of(List.copyOf(hoursByStaff.values()), fullTime);
                    BigDecimal required = ratios.required(r, averageUsers);
                    BigDecimal hours = hoursByStaff.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.DOWN);
                    requirements.add(new Requirement(r.staff(), r.roles(), plain(r.usersPerStaff()), required, have, hoursByStaff.size(),
                            plain(hours), have.compareTo(required) < 0));
                }
                services.add(new ServiceStaffing(standard, pool, capacity, level.level(), level.origin(), fyFrom, fyTo, userDays, openingDays,
                        averageUsers, fromRecords ? UsersBasis.RECORDS : UsersBasis.CAPACITY, requirements,
                        requirements.stream().anyMatch(Requirement::shortage)));
            }
            List<ServiceType> notCovered = o.capacities().keySet().stream()
                    .filter(t -> standards.values().stream().noneMatch(p -> p.contains(t))).sorted().toList();
            return new Report(office, month, plain(fullTime), fullTimeParameter.origin(), services, notCovered,
                    services.stream().anyMatch(ServiceStaffing::shortage), view.trail().with(fullTimeParameter));
        } catch (RuleNotFound e) {
            throw new Problem.Invalid("month", "rules.notFound", e.getMessage());
        }
    }

    /** An assignment and its weekly hours that count in the month. */
    private record Counted(StaffAssignment assignment, BigDecimal hours) {
    }

    /**
     * Each assignment's weekly hours for the days of the month it is valid (hours × valid days ÷ days of the
     * month), and one staff member's hours (all their assignments) at most as many as the rules let count, shared
     * among their assignments in proportion.
     */
    private static List<Counted> counted(List<StaffAssignment> valid, YearMonth month, BigDecimal fullTime, FullTimeEquivalents fte) {
        BigDecimal days = BigDecimal.valueOf(month.lengthOfMonth());
        Map<StaffAssignment, BigDecimal> prorated = new LinkedHashMap<>();
        Map<UUID, BigDecimal> perStaff = new HashMap<>();
        for (StaffAssignment a : valid) {
            BigDecimal h = a.hoursPerWeek().multiply(BigDecimal.valueOf(a.daysWithin(month.atDay(1), month.atEndOfMonth())))
                    .divide(days, 10, RoundingMode.DOWN);
            prorated.put(a, h);
            perStaff.merge(a.staffId(), h, BigDecimal::add);
        }
        List<Counted> counted = new ArrayList<>();
        for (var e : prorated.entrySet()) {
            BigDecimal total = perStaff.get(e.getKey().staffId());
            BigDecimal allowed = fte.countedHours(total, fullTime);
            BigDecimal hours = total.signum() == 0 || allowed.compareTo(total) >= 0 ? e.getValue()
                    : e.getValue().multiply(allowed).divide(total, 10, RoundingMode.DOWN);
            counted.add(new Counted(e.getKey(), hours));
        }
        return counted;
    }

    /** The services of the office that have a staffing standard, each with the service types pooled under it. */
    private static Map<ServiceType, Set<ServiceType>> standards(OfficeSummary o, StaffingRatios ratios) {
        Map<ServiceType, Set<ServiceType>> found = new LinkedHashMap<>();
        o.capacities().keySet().stream().sorted().forEach(t -> ratios.standardFor(t)
                .ifPresent(s -> found.computeIfAbsent(s, k -> new LinkedHashSet<>(ratios.pooled(k)))));
        return found;
    }

    private Level level(OfficeId office, ServiceType standard, LocalDate date, StaffingRatios ratios) {
        List<String> allowed = ratios.levels(standard);
        return levels.ofService(office.value(), standard).stream().filter(l -> !l.effectiveFrom().isAfter(date)).findFirst()
                .map(l -> new Level(standard, l.level(), LevelOrigin.OFFICE, l.effectiveFrom(), l.setBy(), allowed))
                .orElseGet(() -> new Level(standard, ratios.defaultLevel(standard), LevelOrigin.DEFAULT, null, null, allowed));
    }

    /** The fiscal year (年度, April to March) before the one that holds {@code date}: its first day. */
    static LocalDate fiscalYearBefore(LocalDate date) {
        int fiscalYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return LocalDate.of(fiscalYear - 1, 4, 1);
    }

    private OfficeSummary office(OfficeId office) {
        return offices.require(office);
    }

    static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
