package jp.tsunagu.rules.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.rules.OfficeRulebook;
import jp.tsunagu.tenancy.OfficeScope;
import jp.tsunagu.tenancy.Offices;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rules in force for an office on a date (today by default): figures with sources, parameters, trail. */
@RestController
class OfficeRulesController {
    private final OfficeRulebook rulebook;
    private final Offices offices;
    private final OfficeScope scope;
    private final Clock clock;

    OfficeRulesController(OfficeRulebook rulebook, Offices offices, OfficeScope scope, Clock clock) {
        this.rulebook = rulebook;
        this.offices = offices;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/api/v1/offices/{officeId}/rules")
    @Transactional(readOnly = true)
    OfficeRulebook.OfficeRules inForce(@PathVariable UUID officeId, @RequestParam(required = false) LocalDate date) {
        var office = offices.find(new OfficeId(officeId)).filter(o -> scope.covers(o.id()))
                .orElseThrow(() -> new Problem.NotFound("office.notFound"));
        return rulebook.forOffice(office, date == null ? LocalDate.now(clock) : date);
    }
}
