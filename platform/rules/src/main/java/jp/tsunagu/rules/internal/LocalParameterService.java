package jp.tsunagu.rules.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.rules.LocalParameters;
import jp.tsunagu.rules.ParameterValue;
import jp.tsunagu.rules.ParameterValue.Origin;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.tenancy.TenantCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local parameters: what may be chosen comes from the rules table {@code local-parameter} (by date); the
 * choices are rows of {@code rule_override} under row-level security, changed only here, each change audited.
 *
 * <p>The choices in force come from the tenant's choices as last read, kept a few seconds
 * ({@code tsunagu.rules.choice-cache}, 5 s by default, 0 for none): every check-in asks for the office's rounding,
 * and at the morning rush a read per check-in was a round trip to the database each. A change made here is seen at
 * once on this instance and on the others when its transaction commits (SharedCaches).
 */
@Service
class LocalParameterService implements LocalParameters {
    static final String TABLE = "local-parameter";

    /** Where choices apply: one office, or (office null) the tenant. */
    private record Scope(String parameter, UUID office) { }

    /** A choice as read for the cache: a value, not an entity. */
    private record Choice(String parameter, String value, LocalDate effectiveFrom, String reason, String setBy, Instant setAt) { }

    private static final String CHOICES = """
            select office_id, parameter, value, effective_from, reason, set_by, set_at
              from rule_override order by effective_from desc
            """;

    private final Rules rules;
    private final RuleOverrideRepository overrides;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    /** The tenant's choices by parameter and office, newest first. */
    private final TenantCache<Map<Scope, List<Choice>>> choices;

    LocalParameterService(Rules rules, RuleOverrideRepository overrides, JdbcTemplate jdbc, AuditTrail audit, Clock clock,
                          jp.tsunagu.tenancy.SharedCaches caches, @Value("${tsunagu.rules.choice-cache:5s}") Duration lifetime) {
        this.rules = rules;
        this.overrides = overrides;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.choices = caches.perTenant("rules.local-choices", lifetime);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public ParameterValue forOffice(OfficeId office, String name, LocalDate date) {
        return forOffice(office, List.of(name), date).get(name);
    }

    /**
     * The office's and the tenant's choices for all the names in one read (newest first): the first choice of the office
     * and of the tenant for a name are the ones in force on the date.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Map<String, ParameterValue> forOffice(OfficeId office, Collection<String> names, LocalDate date) {
        Map<String, RuleRow> definitions = new LinkedHashMap<>();
        for (String name : names) {
            definitions.put(name, definition(name, date));
        }
        Map<Scope, List<Choice>> all = definitions.isEmpty() ? Map.of() : choices.get(this::read);
        Map<String, ParameterValue> values = new LinkedHashMap<>();
        definitions.forEach((name, definition) -> {
            String scope = definition.text("scope");
            Optional<Choice> own = scope.equals("TENANT") ? Optional.empty() : inForce(all, name, office.value(), date);
            if (own.isPresent() && own.get().value() != null) {
                values.put(name, value(own.get(), Origin.OFFICE));
            } else if (scope.equals("OFFICE")) {
                values.put(name, national(definition));
            } else {
                values.put(name, inForce(all, name, null, date).filter(o -> o.value() != null).map(o -> value(o, Origin.TENANT))
                        .orElseGet(() -> national(definition)));
            }
        });
        return values;
    }

    /** The choice for a parameter of the office, or (office null) of the tenant, in force on the date. */
    private static Optional<Choice> inForce(Map<Scope, List<Choice>> all, String name, UUID office, LocalDate date) {
        for (Choice c : all.getOrDefault(new Scope(name, office), List.of())) {
            if (!c.effectiveFrom().isAfter(date)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Every choice of the tenant (row-level security keeps the read to it) by parameter and office, newest first. */
    private Map<Scope, List<Choice>> read() {
        Map<Scope, List<Choice>> all = new java.util.HashMap<>();
        jdbc.query(CHOICES, rs -> {
            java.sql.Timestamp at = rs.getTimestamp(7);
            all.computeIfAbsent(new Scope(rs.getString(2), rs.getObject(1, UUID.class)), k -> new ArrayList<>())
                    .add(new Choice(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                            rs.getString(6), at == null ? null : at.toInstant()));
        });
        all.replaceAll((k, v) -> List.copyOf(v));
        return all;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public ParameterValue forTenant(String name, LocalDate date) {
        RuleRow definition = definition(name, date);
        return inForce(choices.get(this::read), name, null, date)
                .filter(o -> o.value() != null && !definition.text("scope").equals("OFFICE"))
                .map(o -> value(o, Origin.TENANT))
                .orElseGet(() -> national(definition));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<ParameterValue> allForOffice(OfficeId office, LocalDate date) {
        return new ArrayList<>(forOffice(office, rules.on(date).rows(TABLE).stream().map(d -> d.text("name")).toList(), date).values());
    }

    /** The definitions in force on a date. */
    List<RuleRow> definitions(LocalDate date) {
        return rules.on(date).rows(TABLE);
    }

    /**
     * Sets (or with a null value clears) a choice from a date, for an office or (office null) the tenant.
     * Refused with 400 naming the field when the value is not allowed on that date or the scope does not fit.
     */
    @Override
    @Transactional
    public void set(OfficeId office, String name, String value, LocalDate from, String reason, String by) {
        RuleRow d;
        try {
            d = definition(name, from);
        } catch (RuleNotFound e) {
            throw new Problem.NotFound("rules.parameter.unknown", name);
        }
        String scope = d.text("scope");
        if (office != null && scope.equals("TENANT")) {
            throw new Problem.Invalid("officeId", "rules.parameter.tenantOnly", name);
        }
        if (office == null && scope.equals("OFFICE")) {
            throw new Problem.Invalid("officeId", "rules.parameter.officeOnly", name);
        }
        String normal = value == null ? null : check(d, value.strip());
        UUID officeId = office == null ? null : office.value();
        RuleOverride row = (office == null
                ? overrides.findByOfficeIdIsNullAndParameterAndEffectiveFrom(name, from)
                : overrides.findByOfficeIdAndParameterAndEffectiveFrom(officeId, name, from))
                .orElseGet(() -> new RuleOverride(officeId, name, from));
        String before = row.value();
        boolean existed = row.setBy() != null;
        row.set(normal, reason == null || reason.isBlank() ? null : reason.strip(), by, clock.instant());
        overrides.saveAndFlush(row); // the answer reads the choices in SQL, in this transaction
        choices.forget();
        AuditEvent event = AuditEvent.of(existed ? AuditEvent.Action.UPDATE : AuditEvent.Action.CREATE, "rule_override",
                name + "@" + from).withDetails((office == null ? "tenant" : "office") + " value=" + normal
                + (existed ? " before=" + before : "") + (reason == null ? "" : " reason=" + reason.strip()));
        audit.record(office == null ? event : event.inOffice(office));
    }

    /** The value as stored, if the definition allows it; else 400 naming "value" and the rule. */
    private static String check(RuleRow d, String value) {
        String name = d.text("name");
        switch (d.text("kind")) {
            case "CHOICE" -> {
                List<String> allowed = List.of(d.text("allowed").split("\\|"));
                if (!allowed.contains(value)) {
                    throw new Problem.Invalid("value", "rules.parameter.notAllowed", name, value, String.join(", ", allowed));
                }
                return value;
            }
            case "INTEGER", "DECIMAL" -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(value);
                    if (d.text("kind").equals("INTEGER")) {
                        number = new BigDecimal(number.toBigIntegerExact());
                    }
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new Problem.Invalid("value", "rules.parameter.notNumber", name, value);
                }
                if ((d.has("min") && number.compareTo(d.decimal("min")) < 0) || (d.has("max") && number.compareTo(d.decimal("max")) > 0)) {
                    throw new Problem.Invalid("value", "rules.parameter.outOfRange", name, value,
                            d.has("min") ? d.decimal("min").toPlainString() : "", d.has("max") ? d.decimal("max").toPlainString() : "");
                }
                return number.stripTrailingZeros().toPlainString();
            }
            default -> throw new IllegalStateException("local-parameter " + name + ": unknown kind " + d.text("kind"));
        }
    }

    private RuleRow definition(String name, LocalDate date) {
        return rules.on(date).row(TABLE, name);
    }

    private static ParameterValue national(RuleRow d) {
        return new ParameterValue(d.text("name"), d.text("defaultValue"), Origin.NATIONAL, d.version().effectiveFrom(),
                d.version().source(), null, null);
    }

    private static ParameterValue value(Choice o, Origin origin) {
        return new ParameterValue(o.parameter(), o.value(), origin, o.effectiveFrom(),
                o.reason() == null ? "set by " + o.setBy() : o.reason(), o.setBy(), o.setAt());
    }
}
