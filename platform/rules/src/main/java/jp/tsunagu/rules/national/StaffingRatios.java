package jp.tsunagu.rules.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleView;

/**
 * 人員配置基準: how many users one full-time equivalent of the counted staff (職業指導員 and 生活支援員; 就労支援員 in
 * 就労移行支援) may serve, by service type and the office's staffing level, with the roundings of the average
 * users and of the required full-time equivalent. Every figure and rounding mode comes from the table
 * {@code staffing-ratio}; a service type without rows has no standard here ({@link #standardFor} is empty).
 */
public record StaffingRatios(RuleView rules) {
    public static final String TABLE = "staffing-ratio";

    /**
     * One staff requirement of a service at a level: the roles whose hours count and the users one full-time
     * equivalent of them may serve.
     *
     * @param staff DIRECT_SUPPORT (職業指導員 + 生活支援員) or EMPLOYMENT_SUPPORT (就労支援員)
     */
    public record Requirement(ServiceType serviceType, String level, String staff, List<String> roles, BigDecimal usersPerStaff,
                              RuleRow row) {
    }

    private List<RuleRow> rows() {
        return Figures.rows(rules, TABLE, "all rows");
    }

    private List<RuleRow> rowsOf(ServiceType standard) {
        return rows().stream().filter(r -> r.value("serviceType") == standard).toList();
    }

    /**
     * The service type whose standard covers the users and staff of {@code offered} (A型 non-employed users count
     * with A型), or empty when the table has no standard for it.
     */
    public Optional<ServiceType> standardFor(ServiceType offered) {
        return rows().stream().filter(r -> r.value("serviceType") == offered || pool(r).contains(offered))
                .map(r -> (ServiceType) r.value("serviceType")).findFirst();
    }

    /** The service types whose users and staff count together under the standard of {@code standard}. */
    public Set<ServiceType> pooled(ServiceType standard) {
        Set<ServiceType> all = new LinkedHashSet<>();
        all.add(standard);
        rowsOf(standard).forEach(r -> all.addAll(pool(r)));
        return all;
    }

    /** The staffing levels the table knows for a service, in the table's order. */
    public List<String> levels(ServiceType standard) {
        return rowsOf(standard).stream().map(r -> r.text("level")).distinct().toList();
    }

    /** The level an office is taken to have filed until it says otherwise. */
    public String defaultLevel(ServiceType standard) {
        return rowsOf(standard).stream().filter(r -> Boolean.TRUE.equals(r.value("defaultLevel"))).map(r -> r.text("level"))
                .distinct().reduce((a, b) -> {
                    throw new RuleNotFound(TABLE, standard + " default level", rules.date(), "two levels are marked as default");
                })
                .orElseThrow(() -> new RuleNotFound(TABLE, standard + " default level", rules.date(), "no level is marked as default"));
    }

    /** The requirements of a service at a level; a level the table lacks fails naming table, key and date. */
    public List<Requirement> requirements(ServiceType standard, String level) {
        List<Requirement> found = rowsOf(standard).stream().filter(r -> r.text("level").equals(level))
                .map(r -> new Requirement(standard, level, r.text("staff"),
                        List.of(Figures.text(rules, r, key(standard, level), "roles").split(",")),
                        Figures.decimal(rules, r, key(standard, level), "usersPerStaff"), r))
                .toList();
        if (found.isEmpty()) {
            throw new RuleNotFound(TABLE, key(standard, level), rules.date(), "the table has no row for this key");
        }
        return found;
    }

    /**
     * Average users per day of the year before: user-days ÷ opening days, kept as the table says (up from the
     * second decimal: 31 ÷ 3 = 10.33… → 10.4). No opening day is an error, never an average of 0.
     */
    public BigDecimal averageUsers(ServiceType standard, long userDays, long openingDays) {
        if (openingDays <= 0) {
            throw new IllegalArgumentException("openingDays is " + openingDays + ": the average users cannot be computed");
        }
        if (userDays < 0) {
            throw new IllegalArgumentException("userDays is " + userDays + ": a count cannot be negative");
        }
        RuleRow r = rounding(standard);
        return BigDecimal.valueOf(userDays).divide(BigDecimal.valueOf(openingDays),
                Figures.integer(rules, r, standard.name(), "averageUsersScale"),
                RoundingMode.valueOf(Figures.text(rules, r, standard.name(), "averageUsersRounding")));
    }

    /** The users counted when the year before has no record: the table's share of the capacity. */
    public BigDecimal usersWithoutRecords(ServiceType standard, int capacity) {
        RuleRow r = rounding(standard);
        return BigDecimal.valueOf(capacity).multiply(BigDecimal.valueOf(Figures.integer(rules, r, standard.name(), "noRecordsCapacityPercent")))
                .divide(BigDecimal.valueOf(100), Figures.integer(rules, r, standard.name(), "averageUsersScale"),
                        RoundingMode.valueOf(Figures.text(rules, r, standard.name(), "averageUsersRounding")));
    }

    /** The full-time equivalent a requirement asks for with {@code averageUsers}: users ÷ ratio, rounded as the table says. */
    public BigDecimal required(Requirement requirement, BigDecimal averageUsers) {
        String key = key(requirement.serviceType(), requirement.level()) + " " + requirement.staff();
        return averageUsers.divide(requirement.usersPerStaff(), Figures.integer(rules, requirement.row(), key, "requiredScale"),
                RoundingMode.valueOf(Figures.text(rules, requirement.row(), key, "requiredRounding")));
    }

    /** The row whose rounding columns apply to a service's averages: its default level's first requirement. */
    private RuleRow rounding(ServiceType standard) {
        return requirements(standard, defaultLevel(standard)).getFirst().row();
    }

    private static Set<ServiceType> pool(RuleRow r) {
        if (!r.has("pooledServiceTypes")) {
            return Set.of();
        }
        Set<ServiceType> types = new LinkedHashSet<>();
        Arrays.stream(r.text("pooledServiceTypes").split(",")).map(String::strip).map(ServiceType::valueOf).forEach(types::add);
        return types;
    }

    private static String key(ServiceType standard, String level) {
        return standard + " level " + level;
    }
}
