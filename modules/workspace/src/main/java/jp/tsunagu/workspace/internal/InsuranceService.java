package jp.tsunagu.workspace.internal;

import jp.tsunagu.kernel.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.workspace.internal.domain.VoluntaryInsurance;
import jp.tsunagu.workspace.internal.persistence.VoluntaryInsuranceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 任意保険 of users who are not workers (no workers' accident insurance): recorded per person, audited. */
@Service
public class InsuranceService {
    private final VoluntaryInsuranceRepository insurances;
    private final PlanningQueries planning;
    private final AuditTrail audit;
    private final Clock clock;

    InsuranceService(VoluntaryInsuranceRepository insurances, PlanningQueries planning, AuditTrail audit, Clock clock) {
        this.insurances = insurances;
        this.planning = planning;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public VoluntaryInsurance add(OfficeId office, PersonId personId, String insurer, String policyNumber, LocalDate from, LocalDate to,
                                  String by) {
        if (planning.served(office, personId, from).isEmpty() && planning.served(office, personId, to).isEmpty()) {
            throw new Problem.Invalid("personId", "workspace.attendance.notServed", from);
        }
        VoluntaryInsurance i = insurances.save(new VoluntaryInsurance(office.value(), personId.value(), insurer, policyNumber, from, to, by,
                clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "voluntary_insurance", i.id().toString()).inOffice(office).about(personId.value())
                .withDetails(from + ".." + to));
        return i;
    }

    @Transactional // writes its audit record
    public List<VoluntaryInsurance> ofPerson(OfficeId office, PersonId personId) {
        if (planning.served(office, personId, LocalDate.now(clock)).isEmpty() && insurances.ofPerson(personId.value()).stream()
                .noneMatch(i -> planning.served(office, personId, i.validFrom()).isPresent())) {
            throw new Problem.NotFound("workspace.personNotFound");
        }
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "voluntary_insurance", personId.toString()).inOffice(office).about(personId.value()));
        return insurances.ofPerson(personId.value());
    }
}
