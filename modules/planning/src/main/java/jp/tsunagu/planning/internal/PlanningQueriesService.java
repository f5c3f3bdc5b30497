package jp.tsunagu.planning.internal;

import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.planning.internal.persistence.BenefitDecisionRepository;
import jp.tsunagu.planning.internal.persistence.UsageContractRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link PlanningQueries} over the contracts and decisions; the coverage rules are those of the domain. */
@Service
class PlanningQueriesService implements PlanningQueries {
    private final UsageContractRepository contracts;
    private final BenefitDecisionRepository decisions;

    PlanningQueriesService(UsageContractRepository contracts, BenefitDecisionRepository decisions) {
        this.contracts = contracts;
        this.decisions = decisions;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public boolean hasValidContract(UUID officeId, UUID personId, ServiceType type, LocalDate date) {
        return contracts.findByOfficeIdAndPersonIdAndServiceType(officeId, personId, type).stream().anyMatch(c -> c.covers(date))
                && decisions.findForPerson(personId, type).stream().anyMatch(d -> d.covers(date));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public java.util.OptionalInt daysAllowed(UUID personId, ServiceType type, LocalDate date) {
        return decisions.findForPerson(personId, type).stream().filter(d -> d.covers(date))
                .mapToInt(d -> d.daysAllowedIn(java.time.YearMonth.from(date))).max();
    }
}
