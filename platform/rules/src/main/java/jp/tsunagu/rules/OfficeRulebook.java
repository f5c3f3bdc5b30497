package jp.tsunagu.rules;

import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.tenancy.OfficeSummary;

/** The rules in force for one office on a date: its figures with sources, its local parameters, and the trail. */
public interface OfficeRulebook {

    OfficeRules forOffice(OfficeSummary office, LocalDate date);

    record OfficeRules(LocalDate date, List<RuleFact> facts, List<ParameterValue> parameters, RuleTrail trail) {
    }
}
