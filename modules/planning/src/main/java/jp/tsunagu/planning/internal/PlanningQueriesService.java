package jp.tsunagu.planning.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.planning.internal.persistence.BenefitDecisionRepository;
import jp.tsunagu.planning.internal.persistence.PersonRepository;
import jp.tsunagu.planning.internal.domain.BenefitDecision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link PlanningQueries} over the contracts and decisions; the coverage rules are those of the domain. */
@Service
class PlanningQueriesService implements PlanningQueries {
    private final BenefitDecisionRepository decisions;
    private final PersonRepository persons;
    private final JdbcTemplate jdbc;

    PlanningQueriesService(BenefitDecisionRepository decisions, PersonRepository persons,
                           JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.persons = persons;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public boolean hasValidContract(UUID officeId, UUID personId, ServiceType type, LocalDate date) {
        return daysAllowedUnderContract(officeId, personId, type, date).isPresent();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public java.util.OptionalInt daysAllowedUnderContract(UUID officeId, UUID personId, ServiceType type, LocalDate date) {
        // every check-in asks: one statement in SQL (Hibernate translates a query anew each time while the tenant
        // filter is on; row-level security keeps this one to the tenant), the coverage rules those of the domain
        java.time.YearMonth month = java.time.YearMonth.from(date);
        return jdbc.query(DECISIONS_UNDER_CONTRACT, (rs, i) -> {
                    LocalDate until = BenefitDecision.coveredUntil(rs.getObject("period_to", LocalDate.class),
                            rs.getBoolean("provisional"), rs.getObject("provisional_until", LocalDate.class));
                    return until.isBefore(date) ? -1 : BenefitDecision.daysAllowedIn(
                            jp.tsunagu.planning.internal.domain.AmountKind.valueOf(rs.getString("amount_kind")),
                            (Integer) rs.getObject("days_per_month", Integer.class), month);
                }, personId, type.name(), date, officeId, personId, type.name(), date, date)
                .stream().mapToInt(Integer::intValue).filter(days -> days >= 0).max();
    }

    /** The person's decisions for a service that began by a day, if a contract of the office for it runs that day. */
    private static final String DECISIONS_UNDER_CONTRACT = """
            select d.period_to, d.provisional, d.provisional_until, d.amount_kind, d.days_per_month
              from benefit_decision d
              join recipient_certificate c on c.tenant_id = d.tenant_id and c.id = d.certificate_id
             where c.person_id = ? and d.service_type = ? and d.period_from <= ?
               and exists (select 1 from usage_contract u
                            where u.tenant_id = d.tenant_id and u.office_id = ? and u.person_id = ? and u.service_type = ?
                              and u.start_date <= ? and (u.end_date is null or u.end_date >= ?))
            """;

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public java.util.OptionalInt daysAllowed(UUID personId, ServiceType type, LocalDate date) {
        return decisions.findForPerson(personId, type).stream().filter(d -> d.covers(date))
                .mapToInt(d -> d.daysAllowedIn(java.time.YearMonth.from(date))).max();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Map<UUID, Integer> daysAllowed(java.util.Collection<UUID> personIds, ServiceType type, LocalDate date) {
        Map<UUID, Integer> allowed = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return allowed;
        }
        for (Object[] row : decisions.findForPersons(personIds, type)) {
            var decision = (jp.tsunagu.planning.internal.domain.BenefitDecision) row[1];
            if (decision.covers(date)) {
                allowed.merge((UUID) row[0], decision.daysAllowedIn(java.time.YearMonth.from(date)), Math::max);
            }
        }
        return allowed;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<ServedPerson> servedOn(UUID officeId, LocalDate date) {
        return served(persons.servedOn(officeId, date, null));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<ServedPerson> served(UUID officeId, UUID personId, LocalDate date) {
        return served(persons.servedOn(officeId, date, personId)).stream().findFirst();
    }

    /** One entry per person, in the rows' (kana) order, with every contracted type. */
    private static List<ServedPerson> served(List<Object[]> rows) {
        Map<UUID, ServedPerson> byPerson = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            ServiceType type = ServiceType.valueOf((String) row[4]);
            byPerson.merge(id, new ServedPerson(id, (String) row[1], (String) row[2], (String) row[3], EnumSet.of(type)),
                    (a, b) -> {
                        EnumSet<ServiceType> types = EnumSet.copyOf(a.serviceTypes());
                        types.addAll(b.serviceTypes());
                        return new ServedPerson(a.personId(), a.name(), a.kana(), a.certificateNumber(), types);
                    });
        }
        return List.copyOf(byPerson.values());
    }
}
