package jp.tsunagu.planning.internal.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.planning.api.PlanningQueries.ServedPerson;
import jp.tsunagu.planning.internal.domain.Person;
import jp.tsunagu.planning.internal.domain.PlanState;
import jp.tsunagu.planning.internal.domain.SupportPlan;
import jp.tsunagu.planning.internal.domain.SupportPlanVersion;
import jp.tsunagu.planning.internal.persistence.SupportPlanRepository;
import jp.tsunagu.planning.internal.persistence.SupportPlanVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans a service manager still has to make or finish at an office: persons served today under a contract for a
 * service type that has no plan of that type (ended plans do not count), and plans whose newest version is not yet
 * delivered (a first plan or a revision: draft, meeting held, consent given).
 */
@Service
class PlanWorklist {
    /** 計画相談支援 works with service use plans, not with 個別支援計画. */
    private static final Set<ServiceType> WITHOUT_SUPPORT_PLAN = EnumSet.of(ServiceType.CONSULTATION);
    private static final Set<PlanState> BEFORE_DELIVERY = EnumSet.of(PlanState.DRAFT, PlanState.REVIEWED, PlanState.AGREED);

    private final PlanningQueries planning;
    private final SupportPlanRepository plans;
    private final SupportPlanVersionRepository versions;
    private final AuditTrail audit;

    PlanWorklist(PlanningQueries planning, SupportPlanRepository plans, SupportPlanVersionRepository versions, AuditTrail audit) {
        this.planning = planning;
        this.plans = plans;
        this.versions = versions;
        this.audit = audit;
    }

    /** A person without a plan for a service they are contracted for, or a plan whose newest version is not delivered. */
    record Item(UUID personId, String name, String kana, UUID planId, PlanState state) {
    }

    record Worklist(List<Item> missing, List<Item> pending) {
    }

    @Transactional // writes its audit record
    Worklist of(OfficeId office, LocalDate today, Map<UUID, Person> personsById) {
        List<SupportPlan> all = plans.findByOfficeId(office.value());
        Map<UUID, SupportPlanVersion> newest = versions.findByPlanIdIn(all.stream().map(SupportPlan::id).toList()).stream()
                .collect(Collectors.toMap(SupportPlanVersion::planId, Function.identity(),
                        (a, b) -> a.number() >= b.number() ? a : b));
        Set<String> planned = new HashSet<>(); // person/type with a plan that has not ended
        List<Item> pending = new ArrayList<>();
        for (SupportPlan plan : all) {
            SupportPlanVersion version = newest.get(plan.id());
            if (version == null) {
                continue;
            }
            if (version.state() != PlanState.ENDED) {
                planned.add(plan.personId() + "/" + plan.serviceType());
            }
            Person person = personsById.get(plan.personId());
            if (BEFORE_DELIVERY.contains(version.state()) && person != null) {
                pending.add(new Item(plan.personId(), person.fullName(), person.fullNameKana(), plan.id(), version.state()));
            }
        }
        pending.sort(Comparator.comparing(Item::kana));
        List<Item> missing = planning.servedOn(office, today).stream()
                .filter(s -> s.serviceTypes().stream().anyMatch(t -> !WITHOUT_SUPPORT_PLAN.contains(t)
                        && !planned.contains(s.personId().value() + "/" + t)))
                .map(PlanWorklist::missing).toList();
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "support_plan_worklist", office.value().toString()).inOffice(office)
                .withDetails("date=" + today + " missing=" + missing.size() + " pending=" + pending.size()));
        return new Worklist(missing, pending);
    }

    private static Item missing(ServedPerson s) {
        return new Item(s.personId().value(), s.name(), s.kana(), null, null);
    }
}
