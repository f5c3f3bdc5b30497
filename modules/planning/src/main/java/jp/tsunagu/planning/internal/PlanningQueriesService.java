package jp.tsunagu.planning.internal;

import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.OfficeId;
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
import jp.tsunagu.planning.internal.persistence.SupportPlanRepository;
import jp.tsunagu.planning.internal.persistence.SupportPlanVersionRepository;
import jp.tsunagu.planning.internal.domain.PlanState;
import jp.tsunagu.planning.internal.domain.SupportPlanVersion;
import jp.tsunagu.planning.api.SupportPlanId;
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
    private final SupportPlanRepository plans;
    private final SupportPlanVersionRepository versions;
    private final jp.tsunagu.planning.internal.persistence.RecipientCertificateRepository certificates;
    private final jp.tsunagu.planning.internal.persistence.MonitoringRepository monitorings;
    private final PlanService planService;

    PlanningQueriesService(BenefitDecisionRepository decisions, PersonRepository persons,
                           JdbcTemplate jdbc, SupportPlanRepository plans, SupportPlanVersionRepository versions,
                           jp.tsunagu.planning.internal.persistence.RecipientCertificateRepository certificates,
                           jp.tsunagu.planning.internal.persistence.MonitoringRepository monitorings, PlanService planService) {
        this.planService = planService;
        this.jdbc = jdbc;
        this.certificates = certificates;
        this.monitorings = monitorings;
        this.plans = plans;
        this.versions = versions;
        this.decisions = decisions;
        this.persons = persons;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public boolean hasValidContract(OfficeId officeId, PersonId personId, ServiceType type, LocalDate date) {
        return daysAllowedUnderContract(officeId, personId, type, date).isPresent();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public java.util.OptionalInt daysAllowedUnderContract(OfficeId officeId, PersonId personId, ServiceType type, LocalDate date) {
        return daysAllowedUnderContract(List.of(new ContractQuestion(officeId, personId, type, date))).get(0);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<java.util.OptionalInt> daysAllowedUnderContract(List<ContractQuestion> questions) {
        // every check-in asks, a batch of them at once: one statement in SQL (Hibernate translates a query anew each time
        // while the tenant filter is on; row-level security keeps this one to the tenant), the coverage rules those of
        // the domain; the questions as arrays, numbered
        int n = questions.size();
        int[] best = new int[n];
        java.util.Arrays.fill(best, -1);
        if (n == 0) {
            return List.of();
        }
        jdbc.query(con -> {
            var ps = con.prepareStatement(DECISIONS_UNDER_CONTRACT);
            ps.setArray(1, con.createArrayOf("uuid", questions.stream().map(q -> q.officeId().value()).toArray()));
            ps.setArray(2, con.createArrayOf("uuid", questions.stream().map(q -> q.personId().value()).toArray()));
            ps.setArray(3, con.createArrayOf("text", questions.stream().map(q -> q.type().name()).toArray()));
            ps.setArray(4, con.createArrayOf("text", questions.stream().map(q -> q.date().toString()).toArray()));
            return ps;
        }, rs -> {
            int i = rs.getInt("i") - 1;
            LocalDate date = questions.get(i).date();
            LocalDate until = BenefitDecision.coveredUntil(rs.getObject("period_to", LocalDate.class),
                    rs.getBoolean("provisional"), rs.getObject("provisional_until", LocalDate.class));
            if (!until.isBefore(date)) {
                best[i] = Math.max(best[i], BenefitDecision.daysAllowedIn(
                        jp.tsunagu.planning.internal.domain.AmountKind.valueOf(rs.getString("amount_kind")),
                        (Integer) rs.getObject("days_per_month", Integer.class), java.time.YearMonth.from(date)));
            }
        });
        List<java.util.OptionalInt> answers = new java.util.ArrayList<>(n);
        for (int days : best) {
            answers.add(days < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(days));
        }
        return answers;
    }

    /**
     * For each question (numbered i from 1): the person's decisions for the service that began by the day, if a
     * contract of the office for it runs that day. A lateral join: each question's rows by the indexes, as the planner
     * cannot know how few questions the arrays hold.
     */
    private static final String DECISIONS_UNDER_CONTRACT = """
            select q.i, d.period_to, d.provisional, d.provisional_until, d.amount_kind, d.days_per_month
              from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[]::date[]) with ordinality as q(office_id, person_id, service_type, day, i)
              join lateral (select d.period_to, d.provisional, d.provisional_until, d.amount_kind, d.days_per_month
                              from benefit_decision d
                              join recipient_certificate c on c.tenant_id = d.tenant_id and c.id = d.certificate_id
                             where c.person_id = q.person_id and d.service_type = q.service_type and d.period_from <= q.day
                               and exists (select 1 from usage_contract u
                                            where u.tenant_id = d.tenant_id and u.office_id = q.office_id
                                              and u.person_id = q.person_id and u.service_type = q.service_type
                                              and u.start_date <= q.day and (u.end_date is null or u.end_date >= q.day))) d on true
            """;

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public java.util.OptionalInt daysAllowed(PersonId personId, ServiceType type, LocalDate date) {
        return decisions.findForPerson(personId.value(), type).stream().filter(d -> d.covers(date))
                .mapToInt(d -> d.daysAllowedIn(java.time.YearMonth.from(date))).max();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<LocalDate> decisionEnd(PersonId personId, ServiceType type, LocalDate date) {
        return decisions.findForPerson(personId.value(), type).stream().filter(d -> d.covers(date))
                .map(jp.tsunagu.planning.internal.domain.BenefitDecision::coveredUntil).max(LocalDate::compareTo);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Map<PersonId, Integer> daysAllowed(java.util.Collection<PersonId> personIds, ServiceType type, LocalDate date) {
        Map<PersonId, Integer> allowed = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return allowed;
        }
        for (Object[] row : decisions.findForPersons(personIds.stream().map(PersonId::value).toList(), type)) {
            var decision = (jp.tsunagu.planning.internal.domain.BenefitDecision) row[1];
            if (decision.covers(date)) {
                allowed.merge(new PersonId((UUID) row[0]), decision.daysAllowedIn(java.time.YearMonth.from(date)), Math::max);
            }
        }
        return allowed;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<ServedPerson> servedOn(OfficeId officeId, LocalDate date) {
        return served(persons.servedOn(officeId.value(), date, null));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<ServedPerson> served(OfficeId officeId, PersonId personId, LocalDate date) {
        return served(persons.servedOn(officeId.value(), date, personId.value())).stream().findFirst();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public java.util.Set<PersonId> servedBetween(OfficeId officeId, ServiceType type, LocalDate from, LocalDate to) {
        java.util.Set<PersonId> served = new java.util.LinkedHashSet<>();
        jdbc.query("""
                select distinct person_id from usage_contract
                 where office_id = ? and service_type = ? and start_date <= ? and (end_date is null or end_date >= ?)
                """, rs -> {
            served.add(new PersonId(rs.getObject(1, UUID.class)));
        }, officeId.value(), type.name(), to, from);
        return served;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<PlanInForce> planInForce(OfficeId officeId, PersonId personId, ServiceType type, LocalDate date) {
        // the version delivered on or before the date that is still the plan's current one (a later revision delivered
        // after the date leaves the earlier superseded, and it is the one that was in force then: the latest delivery
        // on or before the date among DELIVERED and SUPERSEDED versions)
        return plans.findByOfficeIdAndPersonIdOrderByCreatedAt(officeId.value(), personId.value()).stream()
                .filter(p -> p.serviceType() == type)
                .flatMap(p -> versions.findByPlanIdOrderByNumber(p.id()).stream())
                .filter(v -> v.deliveredOn() != null && !v.deliveredOn().isAfter(date)
                        && (v.state() == PlanState.DELIVERED || v.state() == PlanState.SUPERSEDED))
                .max(java.util.Comparator.comparing(SupportPlanVersion::deliveredOn).thenComparing(SupportPlanVersion::number))
                .map(PlanningQueriesService::inForce);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<CertificateRef> certificate(PersonId personId, LocalDate date) {
        return certificates.findByPersonIdOrderByValidFromDescCreatedAtDesc(personId.value()).stream()
                .filter(c -> !c.validFrom().isAfter(date) && (c.validTo() == null || !c.validTo().isBefore(date))).findFirst()
                .map(c -> new CertificateRef(c.certificateNumber(), c.municipalityCode(), c.municipalityName(),
                        jp.tsunagu.kernel.Yen.of(c.monthlyCopayCap())));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<MonitoringSummary> monitoring(OfficeId officeId, SupportPlanId planId, LocalDate monitoredOn) {
        if (plans.findByIdAndOfficeId(planId.value(), officeId.value()).isEmpty()) {
            return Optional.empty();
        }
        return monitorings.findByPlanIdOrderByMonitoredOn(planId.value()).stream().filter(m -> m.monitoredOn().equals(monitoredOn))
                .reduce((a, b) -> b)
                .map(m -> new MonitoringSummary(m.monitoredOn(), m.planVersion(), m.interviewed(),
                        m.progress().stream().map(g -> new GoalReview(g.goal(), g.progress())).toList(), m.satisfaction(), m.wishes(),
                        m.planChangeNeeded()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<PersonName> person(OfficeId officeId, PersonId personId) {
        return persons.findServed(officeId.value(), personId.value()).map(p -> new PersonName(personId, p.fullName(), p.fullNameKana()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<PlanInForce> deliveredVersion(OfficeId officeId, SupportPlanId planId, int version) {
        return plans.findByIdAndOfficeId(planId.value(), officeId.value())
                .flatMap(p -> versions.findByPlanIdAndNumber(p.id(), version))
                .filter(v -> v.deliveredOn() != null)
                .map(PlanningQueriesService::inForce);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<PersonName> persons(OfficeId officeId, int limit) {
        return persons.search(officeId.value(), "", limit).stream()
                .map(p -> new PersonName(new PersonId(p.id()), p.fullName(), p.fullNameKana())).toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Map<PersonId, LocalDate> serviceUseMonitoringDue(OfficeId officeId) {
        Map<PersonId, LocalDate> due = new LinkedHashMap<>();
        jdbc.query("""
                select distinct on (p.person_id) p.person_id, p.agreed_on, p.monitoring_months,
                       (select max(m.monitored_on) from service_use_monitoring m where m.plan_id = p.id and m.monitored_on > p.agreed_on)
                  from service_use_plan p
                 where p.office_id = ? and p.state = 'FINAL'
                 order by p.person_id, p.agreed_on desc
                """, rs -> {
            LocalDate agreed = rs.getObject(2, LocalDate.class);
            LocalDate last = rs.getObject(4, LocalDate.class);
            due.put(new PersonId(rs.getObject(1, UUID.class)),
                    jp.tsunagu.planning.internal.domain.MonitoringSchedule.nextDue(last == null ? agreed : last, rs.getInt(3)));
        }, officeId.value());
        return due;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Map<PersonId, PersonName> names(OfficeId officeId, java.util.Collection<PersonId> personIds) {
        Map<PersonId, PersonName> names = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return names;
        }
        jdbc.query("""
                select p.id, p.family_name || ' ' || p.given_name, p.family_name_kana || ' ' || p.given_name_kana
                  from person p join person_office po on po.tenant_id = p.tenant_id and po.person_id = p.id
                 where po.office_id = ? and p.id = any(?::uuid[])
                """, rs -> {
            PersonId id = new PersonId(rs.getObject(1, UUID.class));
            names.put(id, new PersonName(id, rs.getString(2), rs.getString(3)));
        }, officeId.value(), personIds.stream().map(p -> p.value().toString()).toArray(String[]::new));
        return names;
    }

    private static PlanInForce inForce(SupportPlanVersion v) {
        var content = v.content();
        List<PlanGoal> goals = new java.util.ArrayList<>();
        int n = 0;
        for (var g : content.shortTermGoals()) {
            goals.add(new PlanGoal(++n, g.goal(), g.targetDate()));
        }
        return new PlanInForce(new SupportPlanId(v.planId()), v.number(), v.deliveredOn(), content.longTermGoal(), goals);
    }

    /** One entry per person, in the rows' (kana) order, with every contracted type. */
    private static List<ServedPerson> served(List<Object[]> rows) {
        Map<UUID, ServedPerson> byPerson = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            ServiceType type = ServiceType.valueOf((String) row[4]);
            byPerson.merge(id, new ServedPerson(new PersonId(id), (String) row[1], (String) row[2], (String) row[3], EnumSet.of(type)),
                    (a, b) -> {
                        EnumSet<ServiceType> types = EnumSet.copyOf(a.serviceTypes());
                        types.addAll(b.serviceTypes());
                        return new ServedPerson(a.personId(), a.name(), a.kana(), a.certificateNumber(), types);
                    });
        }
        return List.copyOf(byPerson.values());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public int monitoringsOverdue(OfficeId officeId, LocalDate date) {
        return planService.overdueOn(officeId, date);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public java.util.Optional<ContractTerms> contract(OfficeId officeId, PersonId personId, ServiceType type, java.time.YearMonth month) {
        return jdbc.query("""
                select start_date, end_date, contracted_days from usage_contract
                 where office_id = ? and person_id = ? and service_type = ? and start_date <= ? and (end_date is null or end_date >= ?)
                 order by start_date desc limit 1""", (rs, i) -> new ContractTerms(rs.getObject(1, LocalDate.class),
                rs.getObject(2, LocalDate.class), rs.getInt(3)), officeId.value(), personId.value(), type.name(), month.atEndOfMonth(),
                month.atDay(1)).stream().findFirst();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public java.util.Map<PersonId, ContractTerms> contracts(OfficeId officeId, java.util.Collection<PersonId> personIds, ServiceType type,
                                                             java.time.YearMonth month) {
        java.util.Map<PersonId, ContractTerms> found = new java.util.LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return found;
        }
        jdbc.query("""
                select distinct on (person_id) person_id, start_date, end_date, contracted_days from usage_contract
                 where office_id = ? and person_id = any (?) and service_type = ? and start_date <= ? and (end_date is null or end_date >= ?)
                 order by person_id, start_date desc""", rs -> {
                    found.put(new PersonId(rs.getObject(1, java.util.UUID.class)), new ContractTerms(rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class), rs.getInt(4)));
                }, officeId.value(), personIds.stream().map(PersonId::value).toArray(java.util.UUID[]::new), type.name(), month.atEndOfMonth(),
                month.atDay(1));
        return found;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public java.util.List<PlanVersionRecord> planVersions(OfficeId officeId, LocalDate from, LocalDate to) {
        java.util.Map<java.util.UUID, java.util.List<LocalDate>> assessed = new java.util.HashMap<>();
        jdbc.query("select person_id, interviewed_on from assessment where office_id = ? order by interviewed_on",
                rs -> { assessed.computeIfAbsent(rs.getObject(1, java.util.UUID.class), k -> new java.util.ArrayList<>())
                        .add(rs.getObject(2, LocalDate.class)); }, officeId.value());
        java.util.List<PlanVersionRecord> found = planService.versionsBetween(officeId, from, to);
        return found.stream().map(v -> {
            LocalDate by = v.meetingOn() != null ? v.meetingOn() : v.consentOn() != null ? v.consentOn() : v.openedOn();
            LocalDate assessedOn = assessed.getOrDefault(v.personId().value(), java.util.List.of()).stream().filter(d -> !d.isAfter(by))
                    .reduce((a, b) -> b).orElse(null);
            return new PlanVersionRecord(v.planId(), v.personId(), v.serviceType(), v.version(), v.state(), v.openedOn(), assessedOn, v.meetingOn(),
                    v.consentOn(), v.consentBy(), v.deliveredOn());
        }).sorted(java.util.Comparator.comparing((PlanVersionRecord v) -> v.personId().value()).thenComparing(v -> v.planId().value())
                .thenComparingInt(PlanVersionRecord::version)).toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public java.util.List<MonitoringRecord> monitorings(OfficeId officeId, LocalDate from, LocalDate to) {
        return planService.monitoringsBetween(officeId, from, to);
    }
}
