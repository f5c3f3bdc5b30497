package jp.tsunagu.rules.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.rules.LocalParameters;
import jp.tsunagu.rules.OfficeRulebook;
import jp.tsunagu.rules.ParameterValue;
import jp.tsunagu.rules.RuleFact;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleTrail;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.TracedRuleView;
import jp.tsunagu.rules.national.AverageMonthlyKouchinRules;
import jp.tsunagu.rules.national.EmploymentInsuranceRates;
import jp.tsunagu.rules.national.HealthInsuranceRates;
import jp.tsunagu.rules.national.SocialInsuranceRates;
import jp.tsunagu.rules.national.FullTimeEquivalents;
import jp.tsunagu.rules.national.MinimumWages;
import jp.tsunagu.rules.national.MonitoringIntervals;
import jp.tsunagu.rules.national.OverCapacity;
import jp.tsunagu.tenancy.OfficeSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What office staff need to know of the rules for their office: the figures that follow from its prefecture,
 * regional class, service types and capacities, each with its source, looked up through a traced view so the
 * answer carries the trail of versions it used.
 */
@Service
class OfficeRulebookService implements OfficeRulebook {
    private static final Map<ServiceType, String> PRICE_GROUP = Map.of(ServiceType.TYPE_A, "CONTINUOUS_EMPLOYMENT",
            ServiceType.TYPE_A_NON_EMPLOYED, "CONTINUOUS_EMPLOYMENT", ServiceType.TYPE_B, "CONTINUOUS_EMPLOYMENT",
            ServiceType.TRANSITION, "TRANSITION", ServiceType.RETENTION, "RETENTION");

    private final Rules rules;
    private final LocalParameters parameters;

    OfficeRulebookService(Rules rules, LocalParameters parameters) {
        this.rules = rules;
        this.parameters = parameters;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public OfficeRules forOffice(OfficeSummary office, LocalDate date) {
        TracedRuleView view = rules.traced(date);
        List<RuleFact> facts = new ArrayList<>();
        facts.add(fact("minimumWage", office.prefecture().name(), "yenPerHour", MinimumWages.TABLE,
                () -> new MinimumWages(view).row(office.prefecture()), r -> plain(r.decimal("yenPerHour"))));
        for (var service : office.capacities().entrySet()) {
            ServiceType type = service.getKey();
            String group = PRICE_GROUP.get(type);
            if (group != null) {
                facts.add(fact("unitPrice", type.name(), "yenPerUnit", "regional-unit-price",
                        () -> view.row("regional-unit-price", group, office.regionalClass()), r -> plain(r.decimal("yenPerUnit"))));
            }
            if (type != ServiceType.CONSULTATION && type != ServiceType.EMPLOYMENT_SELECTION) {
                facts.add(fact("monitoringInterval", type.name(), "months", MonitoringIntervals.TABLE,
                        () -> view.row(MonitoringIntervals.TABLE, type), r -> String.valueOf(r.integer("months"))));
                int capacity = service.getValue();
                facts.add(fact("overCapacityDaily", type.name(), "persons", OverCapacity.TABLE,
                        () -> view.row(OverCapacity.TABLE, "DAY_SERVICES"), r -> plain(new OverCapacity(view).dailyLimit(capacity))));
            }
        }
        if (office.offers(ServiceType.TYPE_A)) {
            facts.add(fact("employmentInsuranceWorker", null, "perMille", EmploymentInsuranceRates.TABLE,
                    () -> new EmploymentInsuranceRates(view).general(), r -> plain(r.decimal("workerPerMille"))));
            facts.add(fact("healthInsurance", office.prefecture().name(), "percent", HealthInsuranceRates.TABLE,
                    () -> new HealthInsuranceRates(view).row(office.prefecture()), r -> plain(r.decimal("ratePercent"))));
            facts.add(fact("pension", null, "percent", SocialInsuranceRates.TABLE,
                    () -> new SocialInsuranceRates(view).row(SocialInsuranceRates.Component.PENSION), r -> plain(r.decimal("ratePercent"))));
        }
        if (office.offers(ServiceType.TYPE_B)) {
            facts.add(fact("kouchinMinimumAverage", null, "yenPerMonth", AverageMonthlyKouchinRules.TABLE,
                    () -> new AverageMonthlyKouchinRules(view).row(), r -> String.valueOf(r.integer("minimumAverageYen"))));
        }
        facts.add(fact("fullTimeMinimumHours", null, "hoursPerWeek", FullTimeEquivalents.TABLE,
                () -> view.row(FullTimeEquivalents.TABLE, "FTE"), r -> plain(r.decimal("minimumFullTimeHoursPerWeek"))));
        List<ParameterValue> values = parameters.allForOffice(office.id(), date);
        view.rows(LocalParameterService.TABLE);
        RuleTrail trail = view.trail();
        for (ParameterValue p : values) {
            trail = trail.with(p);
        }
        Map<String, LocalDate> due = new java.util.HashMap<>();
        trail.warnings().forEach(w -> due.put(w.name(), w.newVersionDue()));
        List<RuleFact> marked = facts.stream().map(f -> due.containsKey(f.table()) ? f.withNewVersionDue(due.get(f.table())) : f).toList();
        return new OfficeRules(date, marked, values, trail);
    }

    private static RuleFact fact(String key, String qualifier, String unit, String table,
                                 java.util.function.Supplier<RuleRow> row, Function<RuleRow, String> value) {
        try {
            RuleRow r = row.get();
            return new RuleFact(key, qualifier, value.apply(r), unit, table, r.version().effectiveFrom(), r.rowEffectiveFrom(),
                    r.source(), r.note(), null, null);
        } catch (RuleNotFound | IllegalStateException e) {
            return new RuleFact(key, qualifier, null, unit, table, null, null, null, null, e.getMessage(), null);
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
