package jp.tsunagu.wages.internal.run;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.wages.internal.domain.PayCalculation;
import jp.tsunagu.wages.internal.ledger.EntryCategory;
import jp.tsunagu.wages.internal.payrules.PayRuleService;
import jp.tsunagu.wages.internal.run.RunService.RuleInForce;
import jp.tsunagu.wages.internal.run.RunService.Worked;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly run's hand-written SQL (the national month benchmark needs it: {@code infra/bench.sh wages}): the lock of
 * an office's month, which both paths take, and the set-based reads and writes of {@link RunService#closeAll}, a
 * statement each for all the due offices of the current tenant, whatever their number: the offices due (locked), their
 * rules in force and ledger totals, their users' months, and one statement that stores the runs and their payments.
 * Row-level security keeps every statement to the tenant of the transaction; the calculation stays
 * {@link PayCalculation}'s, through {@link RunService#outcome}. {@code BatchRunPathsIT} compares the rows it stores with
 * the entity path's.
 *
 * <p>The users' months are read from the workspace's {@code service_record} directly, not through
 * {@code AttendanceQueries} (which reads an office at a time, record by record): the one place where this module reads
 * another's table, for the benchmark's sake. What it reads is what {@code AttendanceQueries.month} answers, summed the
 * same way: B型 and non-employed A型 records of the month, days present and their minutes.
 */
@Component
class RunBatch {
    /** The lock of an office's month, as {@code WagesLocks.month} takes it: both paths wait for each other ({@code %s}: tenant, office, month). */
    private static final String LOCK = "pg_advisory_xact_lock(hashtextextended('wages_run:' || %s || ':' || %s || ':' || %s, 0))";

    private static final String[] REVENUE = Arrays.stream(EntryCategory.values()).filter(EntryCategory::revenue)
            .map(Enum::name).toArray(String[]::new);
    private static final String[] WAGES_TYPES = PayRuleService.WAGES_TYPES.stream().map(Enum::name).toArray(String[]::new);

    private final JdbcTemplate jdbc;

    RunBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The offices of the current tenant whose run of {@code month} is due: the wages module on, the month's service
     * records closed, no run stored. Each is locked as {@code WagesLocks.month} locks it, in the order of their ids (so that two
     * runs of the tenant never wait for each other in a circle); a run closed meanwhile is found by {@link #inputs}. The
     * first statement of the batch's transaction: it also tells the database to plan the transaction's statements once
     * per connection ({@code plan_cache_mode}), as their plans do not depend on the arrays of offices they are given and
     * planning them anew took as long as running them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<OfficeId> lockDue(YearMonth month) {
        return jdbc.query("""
                with generic as materialized (select set_config('plan_cache_mode', 'force_generic_plan', true))
                select d.office_id, %s::text
                  from generic, (select m.office_id
                          from office_module m
                         where m.module_key = 'wages' and m.enabled
                           and exists (select 1 from attendance_month a where a.office_id = m.office_id and a.month = ?)
                           and not exists (select 1 from wages_run r where r.office_id = m.office_id and r.run_month = ?)
                         order by m.office_id offset 0) d
                """.formatted(LOCK.formatted("?::text", "d.office_id", "?")),
                (rs, i) -> new OfficeId(rs.getObject(1, UUID.class)),
                TenantContext.require().value(), month.toString(), month.atDay(1), month.atDay(1));
    }

    /**
     * An office's inputs besides its users: the rule in force (null: none), the ledger's totals of the month and whether
     * the month pays adjustments for closed months.
     */
    record Inputs(OfficeId office, RuleInForce rule, Yen revenue, Yen expenses, boolean adjustments) {
    }

    /**
     * The inputs of {@code offices} whose run of {@code month} is still not stored (read after the locks, so a close that
     * came first is seen and its office left out), in the order given.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Inputs> inputs(List<OfficeId> offices, YearMonth month) {
        return jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select o.office_id, r.id, r.effective_month, r.basis, r.rate_per_hour, r.rate_per_day, r.rate_per_piece,
                           r.fixed_monthly, r.rest_by, r.rounding, pr.persons, pr.rates, e.revenue, e.expenses, adj.pending
                      from unnest(?::uuid[]) with ordinality o(office_id, i)
                      left join lateral (select * from pay_rule r where r.office_id = o.office_id and r.effective_month <= ?
                                          order by r.effective_month desc limit 1) r on true
                      left join lateral (select array_agg(key::uuid) as persons, array_agg(value::bigint) as rates
                                           from jsonb_each_text(r.person_rates)) pr on true
                      cross join lateral (select coalesce(sum(e.amount) filter (where e.category = any(?::text[])), 0) as revenue,
                                                 coalesce(sum(e.amount) filter (where e.category <> all(?::text[])), 0) as expenses
                                            from production_entry e where e.office_id = o.office_id and e.entry_month = ?
                                             and not exists (select 1 from production_activity a where a.tenant_id = e.tenant_id
                                                              and a.id = e.activity_id and a.purpose = 'EMPLOYED_A')) e
                      cross join lateral (select exists (select 1 from wages_adjustment a
                                                          where a.office_id = o.office_id and a.pay_month = ?) as pending) adj
                     where not exists (select 1 from wages_run w where w.office_id = o.office_id and w.run_month = ?)
                     order by o.i
                    """);
            ps.setArray(1, con.createArrayOf("uuid", offices.stream().map(OfficeId::value).toArray()));
            ps.setObject(2, month.atDay(1));
            ps.setArray(3, con.createArrayOf("text", REVENUE));
            ps.setArray(4, con.createArrayOf("text", REVENUE));
            ps.setObject(5, month.atDay(1));
            ps.setObject(6, month.atDay(1));
            ps.setObject(7, month.atDay(1));
            return ps;
        }, (rs, i) -> {
            RuleInForce rule = null;
            UUID ruleId = rs.getObject(2, UUID.class);
            if (ruleId != null) {
                Map<PersonId, Yen> personRates = new LinkedHashMap<>();
                Array persons = rs.getArray(11);
                if (persons != null) {
                    Object[] who = (Object[]) persons.getArray();
                    Object[] rates = (Object[]) rs.getArray(12).getArray();
                    for (int k = 0; k < who.length; k++) {
                        personRates.put(new PersonId((UUID) who[k]), Yen.of((Long) rates[k]));
                    }
                }
                rule = new RuleInForce(ruleId, YearMonth.from(rs.getObject(3, LocalDate.class)), new PayCalculation.Terms(
                        PayCalculation.Basis.valueOf(rs.getString(4)), yen(rs, 5), yen(rs, 6), yen(rs, 7), yen(rs, 8),
                        PayCalculation.RestBy.valueOf(rs.getString(9)), Yen.Rounding.valueOf(rs.getString(10))), personRates);
            }
            return new Inputs(new OfficeId(rs.getObject(1, UUID.class)), rule, Yen.of(rs.getLong(13)), Yen.of(rs.getLong(14)),
                    rs.getBoolean(15));
        });
    }

    private static Yen yen(java.sql.ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Yen.of(value);
    }

    /**
     * Each office's users of {@code month} as {@code AttendanceQueries.month} gives them and the entity path merges them:
     * per person their B型 and non-employed A型 records, the type of the first, days present and minutes of those days
     * (a person with absences only is there with 0 days).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<OfficeId, Map<PersonId, Worked>> worked(List<OfficeId> offices, YearMonth month) {
        Map<OfficeId, Map<PersonId, Worked>> worked = new LinkedHashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select office_id, person_id, service_type, count(*) filter (where status = 'PRESENT'),
                           coalesce(sum(minutes) filter (where status = 'PRESENT'), 0)
                      from service_record
                     where office_id = any(?::uuid[]) and service_date between ? and ? and service_type = any(?::text[])
                     group by office_id, person_id, service_type
                     order by office_id, person_id, min(service_date)
                    """);
            ps.setArray(1, con.createArrayOf("uuid", offices.stream().map(OfficeId::value).toArray()));
            ps.setObject(2, month.atDay(1));
            ps.setObject(3, month.atEndOfMonth());
            ps.setArray(4, con.createArrayOf("text", WAGES_TYPES));
            return ps;
        }, rs -> {
            worked.computeIfAbsent(new OfficeId(rs.getObject(1, UUID.class)), k -> new LinkedHashMap<>())
                    .merge(new PersonId(rs.getObject(2, UUID.class)),
                            new Worked(ServiceType.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5)), Worked::plus);
        });
        return worked;
    }

    /** A run to store: its id, office, rule, ledger totals, the outcome and the users' service types, and its trail. */
    record NewRun(UUID id, OfficeId office, RuleInForce rule, Yen revenue, Yen expenses, PayCalculation.Distributed<PersonId> outcome,
                  Map<PersonId, Worked> worked, String trail) {
    }

    /**
     * Stores the runs of {@code month} and their payments (a row per user, as {@link WagesPayment} has it) in one
     * statement, closed by {@code by} at {@code at}; no reserve is used.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void store(List<NewRun> runs, YearMonth month, String by, Instant at) {
        if (runs.isEmpty()) {
            return;
        }
        List<Object[]> payments = new ArrayList<>();
        for (NewRun run : runs) {
            for (PayCalculation.Payment<PersonId> p : run.outcome().payments()) {
                payments.add(new Object[] {run.id(), run.office().value(), p.user().value(),
                        run.worked().get(p.user()).serviceType().name(), Math.toIntExact(p.minutes()), p.days(), p.pieces(),
                        p.rate().value(), p.base().value(), p.share().value()});
            }
        }
        jdbc.execute((Connection con) -> {
            try (var ps = con.prepareStatement("""
                    with run as (
                        insert into wages_run (tenant_id, id, office_id, run_month, pay_rule_id, revenue, expenses, reserve_used,
                                               base_total, rest, total_paid, trail, closed_at, closed_by, created_at, created_by)
                        select ?, r.id, r.office_id, ?, r.pay_rule_id, r.revenue, r.expenses, 0, r.base_total, r.rest,
                               r.base_total + r.rest, r.trail, ?, ?, ?, ?
                          from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[])
                               r(id, office_id, pay_rule_id, revenue, expenses, base_total, rest, trail))
                    insert into wages_payment (tenant_id, id, run_id, office_id, person_id, run_month, service_type, minutes, days,
                                               pieces, rate, base_part, share, total, created_at, created_by)
                    select ?, gen_random_uuid(), p.run_id, p.office_id, p.person_id, ?, p.service_type, p.minutes, p.days,
                           p.pieces, p.rate, p.base_part, p.share, p.base_part + p.share, ?, ?
                      from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::int[], ?::int[], ?::int[], ?::bigint[], ?::bigint[],
                                  ?::bigint[]) p(run_id, office_id, person_id, service_type, minutes, days, pieces, rate, base_part, share)
                    """)) {
                UUID tenant = TenantContext.require().value();
                Timestamp when = Timestamp.from(at);
                int k = 0;
                ps.setObject(++k, tenant);
                ps.setObject(++k, month.atDay(1));
                ps.setTimestamp(++k, when);
                ps.setString(++k, by);
                ps.setTimestamp(++k, when);
                ps.setString(++k, by);
                ps.setArray(++k, con.createArrayOf("uuid", runs.stream().map(NewRun::id).toArray()));
                ps.setArray(++k, con.createArrayOf("uuid", runs.stream().map(r -> r.office().value()).toArray()));
                ps.setArray(++k, con.createArrayOf("uuid", runs.stream().map(r -> r.rule().id()).toArray()));
                ps.setArray(++k, con.createArrayOf("int8", runs.stream().map(r -> r.revenue().value()).toArray()));
                ps.setArray(++k, con.createArrayOf("int8", runs.stream().map(r -> r.expenses().value()).toArray()));
                ps.setArray(++k, con.createArrayOf("int8", runs.stream().map(r -> r.outcome().baseTotal().value()).toArray()));
                ps.setArray(++k, con.createArrayOf("int8", runs.stream().map(r -> r.outcome().rest().value()).toArray()));
                ps.setArray(++k, con.createArrayOf("text", runs.stream().map(NewRun::trail).toArray()));
                ps.setObject(++k, tenant);
                ps.setObject(++k, month.atDay(1));
                ps.setTimestamp(++k, when);
                ps.setString(++k, by);
                String[] types = {"uuid", "uuid", "uuid", "text", "int4", "int4", "int4", "int8", "int8", "int8"};
                for (int column = 0; column < types.length; column++) {
                    int c = column;
                    ps.setArray(++k, con.createArrayOf(types[c], payments.stream().map(p -> p[c]).toArray()));
                }
                ps.executeUpdate();
            }
            return null;
        });
    }
}
