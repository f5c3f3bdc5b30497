package jp.tsunagu.workspace.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.planning.api.PlanningQueries.ServedPerson;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import jp.tsunagu.workspace.internal.domain.VoluntaryInsurance;
import jp.tsunagu.workspace.internal.domain.WorkGroup;
import jp.tsunagu.workspace.internal.persistence.ServiceRecordRepository;
import jp.tsunagu.workspace.internal.persistence.VoluntaryInsuranceRepository;
import jp.tsunagu.workspace.internal.persistence.WorkGroupRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily board per group. A person belongs to the group they checked into that day; one who has not come yet
 * to the first group (by name) whose service they have a contract for.
 */
@Service
public class BoardService {
    private final WorkGroupRepository groups;
    private final ServiceRecordRepository records;
    private final VoluntaryInsuranceRepository insurances;
    private final PlanningQueries planning;
    private final AuditTrail audit;

    BoardService(WorkGroupRepository groups, ServiceRecordRepository records, VoluntaryInsuranceRepository insurances,
                 PlanningQueries planning, AuditTrail audit) {
        this.groups = groups;
        this.records = records;
        this.insurances = insurances;
        this.planning = planning;
        this.audit = audit;
    }

    @Transactional // writes its audit record
    public DailyBoard board(OfficeId office, LocalDate date) {
        List<WorkGroup> all = groups.ofOffice(office.value());
        Map<UUID, ServiceRecord> byPerson = new LinkedHashMap<>();
        records.ofOfficeDay(office.value(), date).forEach(r -> byPerson.put(r.personId(), r));
        List<ServedPerson> served = planning.servedOn(office, date);
        Set<UUID> insured = new HashSet<>();
        if (!served.isEmpty()) {
            insurances.covering(served.stream().map(p -> p.personId().value()).toList(), date).stream()
                    .map(VoluntaryInsurance::personId).forEach(insured::add);
        }
        Map<UUID, List<DailyBoard.Entry>> entries = new LinkedHashMap<>();
        all.forEach(g -> entries.put(g.id(), new ArrayList<>()));
        for (ServedPerson p : served) {
            ServiceRecord r = byPerson.get(p.personId().value());
            UUID groupId = r != null ? r.groupId() : all.stream().filter(g -> p.serviceTypes().contains(g.kind().serviceType()))
                    .map(WorkGroup::id).findFirst().orElse(null);
            if (groupId != null && entries.containsKey(groupId)) {
                boolean worker = r != null ? r.serviceType() == ServiceType.TYPE_A : p.serviceTypes().contains(ServiceType.TYPE_A);
                entries.get(groupId).add(new DailyBoard.Entry(p, r, !worker && !insured.contains(p.personId().value())));
            }
        }
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "service_record", "board:" + date).inOffice(office));
        return new DailyBoard(date, all.stream().map(g -> new DailyBoard.Group(g, entries.get(g.id()))).toList());
    }
}
