package jp.tsunagu.workspace.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleTrail;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.TracedRuleView;
import jp.tsunagu.rules.national.OverCapacity;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.workspace.internal.domain.GroupKind;
import jp.tsunagu.workspace.internal.persistence.ServiceCountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capacity over-use (定員超過, WS-3) from the service records: the users of a day against the daily limit of the
 * capacity, and the user-days of the three months ending with that day's month against the three-month limit for
 * the opening days (days with records). A multi-function office is judged per service or on its combined capacity
 * as the rules say for each test (table {@code over-capacity}); the answer carries the rule trail. Only the
 * services with daily attendance (those a group can be made for) are counted.
 */
@Service
public class CapacityService {
    /** The scope of a test on the office's combined capacity. */
    public static final String OFFICE = "OFFICE";

    private static final Set<ServiceType> DAY_SERVICES = Arrays.stream(GroupKind.values()).map(GroupKind::serviceType)
            .collect(Collectors.toUnmodifiableSet());

    private final ServiceCountRepository counts;
    private final Offices offices;
    private final Rules rules;

    CapacityService(ServiceCountRepository counts, Offices offices, Rules rules) {
        this.counts = counts;
        this.offices = offices;
        this.rules = rules;
    }

    /** The day's and the three months' tests; {@code flagged} when any test is. */
    public record Report(OfficeId officeId, LocalDate date, boolean multiFunction, Day day, ThreeMonths threeMonths, boolean flagged,
                         int reductionPercent, RuleTrail rules) {
    }

    /** The users of the day (distinct persons with a record), per service and for the office, and the daily tests. */
    public record Day(long users, Map<ServiceType, Long> usersByService, OverCapacity.Basis basis, List<DayTest> tests,
                      boolean flagged) {
    }

    /** @param scope a service type, or {@value #OFFICE} for the combined capacity */
    public record DayTest(String scope, List<ServiceType> serviceTypes, int capacity, long users, BigDecimal limit, boolean flagged) {
    }

    public record ThreeMonths(LocalDate from, LocalDate to, OverCapacity.Basis basis, List<PeriodTest> tests, boolean flagged) {
    }

    /** @param scope a service type, or {@value #OFFICE} for the combined capacity */
    public record PeriodTest(String scope, List<ServiceType> serviceTypes, int capacity, long userDays, long openingDays,
                             BigDecimal limit, boolean flagged) {
    }

    @Transactional(readOnly = true)
    public Report capacity(OfficeId office, LocalDate date) {
        OfficeSummary o = offices.require(office);
        Map<ServiceType, Integer> capacities = new LinkedHashMap<>();
        o.capacities().entrySet().stream().filter(e -> DAY_SERVICES.contains(e.getKey())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> capacities.put(e.getKey(), e.getValue()));
        boolean multiFunction = capacities.size() > 1;
        TracedRuleView view = rules.traced(date);
        try {
            OverCapacity rule = new OverCapacity(view);
            OverCapacity.Basis dailyBasis = multiFunction ? rule.multiFunctionDaily() : OverCapacity.Basis.PER_SERVICE;
            OverCapacity.Basis periodBasis = multiFunction ? rule.multiFunctionThreeMonths() : OverCapacity.Basis.PER_SERVICE;

            Map<ServiceType, Long> byService = new EnumMap<>(ServiceType.class);
            capacities.keySet().forEach(t -> byService.put(t, 0L));
            for (Object[] row : counts.usersByService(office.value(), date)) {
                if (capacities.containsKey((ServiceType) row[0])) {
                    byService.put((ServiceType) row[0], (Long) row[1]);
                }
            }
            long users = counts.users(office.value(), date);
            List<DayTest> dayTests = new ArrayList<>();
            for (List<ServiceType> scope : scopes(capacities, dailyBasis)) {
                int capacity = capacity(capacities, scope);
                long n = scope.size() == 1 ? byService.get(scope.getFirst()) : users;
                dayTests.add(new DayTest(name(scope, dailyBasis), scope, capacity, n, StaffingService.plain(rule.dailyLimit(capacity)),
                        rule.dayOver(capacity, Math.toIntExact(n))));
            }

            LocalDate from = YearMonth.from(date).minusMonths(2).atDay(1);
            LocalDate to = YearMonth.from(date).atEndOfMonth();
            List<PeriodTest> periodTests = new ArrayList<>();
            for (List<ServiceType> scope : scopes(capacities, periodBasis)) {
                int capacity = capacity(capacities, scope);
                long userDays = counts.userDays(office.value(), scope, from, to);
                int openingDays = Math.toIntExact(counts.openingDays(office.value(), scope, from, to));
                periodTests.add(new PeriodTest(name(scope, periodBasis), scope, capacity, userDays, openingDays,
                        StaffingService.plain(rule.threeMonthLimit(capacity, openingDays)), rule.threeMonthsOver(capacity, openingDays, userDays)));
            }
            Day day = new Day(users, byService, dailyBasis, dayTests, dayTests.stream().anyMatch(DayTest::flagged));
            ThreeMonths months = new ThreeMonths(from, to, periodBasis, periodTests, periodTests.stream().anyMatch(PeriodTest::flagged));
            return new Report(office, date, multiFunction, day, months, day.flagged() || months.flagged(), rule.reductionPercent(),
                    view.trail());
        } catch (RuleNotFound e) {
            throw new Problem.Invalid("date", "rules.notFound", e.getMessage());
        }
    }

    /** One scope per service, or one for them all. */
    private static List<List<ServiceType>> scopes(Map<ServiceType, Integer> capacities, OverCapacity.Basis basis) {
        if (capacities.isEmpty()) {
            return List.of();
        }
        return basis == OverCapacity.Basis.COMBINED ? List.of(List.copyOf(capacities.keySet()))
                : capacities.keySet().stream().map(List::of).toList();
    }

    private static int capacity(Map<ServiceType, Integer> capacities, List<ServiceType> scope) {
        return scope.stream().mapToInt(capacities::get).sum();
    }

    private static String name(List<ServiceType> scope, OverCapacity.Basis basis) {
        return basis == OverCapacity.Basis.COMBINED ? OFFICE : scope.getFirst().name();
    }
}
