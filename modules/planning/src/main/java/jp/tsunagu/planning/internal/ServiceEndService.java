package jp.tsunagu.planning.internal;

import jp.tsunagu.kernel.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.events.ServiceEnded;
import jp.tsunagu.planning.internal.domain.ServiceEnd;
import jp.tsunagu.planning.internal.domain.UsageContract;
import jp.tsunagu.planning.internal.persistence.ServiceEndRepository;
import jp.tsunagu.planning.internal.persistence.SupportPlanRepository;
import jp.tsunagu.planning.internal.persistence.SupportPlanVersionRepository;
import jp.tsunagu.planning.internal.persistence.UsageContractRepository;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 利用終了: ends a person's service at an office: its open contracts end on that day, its plans end, and the
 * checklist (certificate entry, contract report; for A型 the separation notice and the insurance exit) opens.
 */
@Service
public class ServiceEndService {
    private final ServiceEndRepository ends;
    private final UsageContractRepository contracts;
    private final ContractService contractService;
    private final SupportPlanRepository plans;
    private final SupportPlanVersionRepository versions;
    private final PersonService persons;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceEndService(ServiceEndRepository ends, UsageContractRepository contracts, ContractService contractService,
                      SupportPlanRepository plans, SupportPlanVersionRepository versions, PersonService persons, AuditTrail audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.ends = ends;
        this.contracts = contracts;
        this.contractService = contractService;
        this.plans = plans;
        this.versions = versions;
        this.persons = persons;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ServiceEnd end(OfficeId office, PersonId personId, LocalDate on, ServiceEnd.Reason reason, String note, String by) {
        persons.served(office, personId);
        List<UsageContract> open = contracts.findByOfficeIdAndPersonIdOrderByStartDateAscCreatedAtAsc(office.value(), personId.value())
                .stream().filter(c -> !c.ended()).toList();
        if (open.isEmpty()) {
            throw new Problem.Conflict("planning.end.nothingOpen");
        }
        boolean employed = open.stream().anyMatch(c -> c.serviceType() == ServiceType.TYPE_A);
        for (UsageContract c : open) {
            contractService.end(office, personId, c.id(), on, reason.name());
        }
        for (var plan : plans.findByOfficeIdAndPersonIdOrderByCreatedAt(office.value(), personId.value())) {
            versions.findByPlanIdOrderByNumber(plan.id()).forEach(v -> v.end(by, clock.instant()));
        }
        ServiceEnd end = ends.save(new ServiceEnd(personId.value(), office.value(), on, reason, note, employed, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "service_end", end.id().toString()).inOffice(office).about(personId.value())
                .withDetails("ended=" + on + " reason=" + reason));
        events.publishEvent(new ServiceEnded(TenantContext.require(), office, personId, on, reason.name(), note));
        return end;
    }

    @Transactional // writes its audit record
    public List<ServiceEnd> ofPerson(OfficeId office, PersonId personId) {
        persons.served(office, personId);
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "service_end", "person:" + personId).inOffice(office).about(personId.value()));
        return ends.ofPerson(office.value(), personId.value());
    }

    @Transactional
    public ServiceEnd taskDone(OfficeId office, PersonId personId, UUID endId, UUID taskId, LocalDate on, String by) {
        persons.served(office, personId);
        ServiceEnd end = ends.find(office.value(), personId.value(), endId).orElseThrow(() -> new Problem.NotFound("planning.end.notFound"));
        end.done(taskId, on, by);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "service_end", endId.toString()).inOffice(office).about(personId.value())
                .withDetails("task=" + taskId + " done=" + on));
        return end;
    }
}
