package jp.tsunagu.claims.internal.caps;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.claims.internal.domain.CapAllocation;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * 利用者負担上限額管理 as the office records it: who manages a person's cap (the office named on the recipient certificate,
 * this one or another) from a month on, and each month's result: at the managing office the other offices' charges
 * before management (the result is computed with the month's claim, {@link CapAllocation}); at another office the result
 * and this office's amount from the managing office's 上限額管理結果票. A result is accepted only for a registered
 * person (EG17); what is missing or inconsistent is a pre-claim finding (EJ13, EJ16). A claimed month's management is
 * locked in the database (claims 0003).
 */
@Service
public class CapManagementService {
    private static final TypeReference<List<OtherInput>> OTHERS = new TypeReference<>() {
    };
    private static final long MAX_AMOUNT = 99_999; // J121-01 #17 管理結果額: 5 digits

    private final JdbcTemplate jdbc;
    private final Offices offices;
    private final PlanningQueries planning;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    CapManagementService(JdbcTemplate jdbc, Offices offices, PlanningQueries planning, ObjectMapper json, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.planning = planning;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who manages the person's cap, from a month on (to a month, or open); {@code managedHere}: this office manages it. */
    public record Registration(UUID id, PersonId personId, String managingOffice, YearMonth fromMonth, YearMonth toMonth, boolean managedHere) {
        boolean covers(YearMonth month) {
            return !month.isBefore(fromMonth) && (toMonth == null || !month.isAfter(toMonth));
        }
    }

    /** The registration as entered. */
    public record RegistrationInput(String managingOffice, YearMonth fromMonth, YearMonth toMonth) {
    }

    /** Another office the person used and its charge before management, as its 利用者負担額一覧表 gives it. */
    public record OtherInput(String officeNumber, String officeName, Long amount) {
    }

    /** A month's result as entered: at the managing office only {@code others}; elsewhere {@code result} and {@code resultAmount}. */
    public record ResultInput(Integer result, Long resultAmount, List<OtherInput> others) {
    }

    /** The month's result recorded: the result and amount (another office manages) or the other offices' charges (this one does). */
    public record Recorded(Integer result, Yen resultAmount, List<CapAllocation.Other> others) {
    }

    /** A person under management in the month: the registration and the month's result (null while none is recorded). */
    public record Managed(Registration registration, Recorded recorded) {
    }

    @Transactional
    public Registration register(OfficeId officeId, PersonId personId, RegistrationInput in, String user) {
        OfficeSummary office = offices.require(officeId);
        requirePerson(officeId, personId);
        if (in == null || in.managingOffice() == null || in.managingOffice().isBlank()) {
            throw new Problem.Invalid("managingOffice", "claims.profile.required");
        }
        String managing = in.managingOffice().strip();
        if (!managing.matches("[0-9A-Z]{10}")) {
            throw new Problem.Invalid("managingOffice", "claims.cap.officeNumber", managing);
        }
        if (in.fromMonth() == null) {
            throw new Problem.Invalid("fromMonth", "claims.profile.required");
        }
        if (in.toMonth() != null && in.toMonth().isBefore(in.fromMonth())) {
            throw new Problem.Invalid("toMonth", "claims.cap.toBeforeFrom", in.toMonth(), in.fromMonth());
        }
        for (Registration r : registrations(officeId, personId)) {
            boolean overlaps = (r.toMonth() == null || !in.fromMonth().isAfter(r.toMonth()))
                    && (in.toMonth() == null || !in.toMonth().isBefore(r.fromMonth()));
            if (overlaps) {
                throw new Problem.Invalid("fromMonth", "claims.cap.overlaps", r.fromMonth(), r.toMonth() == null ? "-" : r.toMonth());
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into claim_cap_management (tenant_id, id, office_id, person_id, managing_office, from_month, to_month, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", TenantContext.require().value(), id, officeId.value(), personId.value(), managing,
                Date.valueOf(in.fromMonth().atDay(1)), in.toMonth() == null ? null : Date.valueOf(in.toMonth().atDay(1)),
                Timestamp.from(clock.instant()), user);
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "claim_cap_management", id.toString()).inOffice(officeId).about(personId.value())
                .withDetails("managing office " + managing + " from " + in.fromMonth() + (in.toMonth() == null ? "" : " to " + in.toMonth())));
        return new Registration(id, personId, managing, in.fromMonth(), in.toMonth(), managing.equals(office.officeNumber()));
    }

    /** Ends a registration with a month (the last month it covers). */
    @Transactional
    public Registration end(OfficeId officeId, UUID registrationId, YearMonth toMonth, String user) {
        OfficeSummary office = offices.require(officeId);
        Registration r = jdbc.query("""
                select id, person_id, managing_office, from_month, to_month from claim_cap_management where office_id = ? and id = ?""",
                (rs, i) -> registration(office, rs), officeId.value(), registrationId).stream().findFirst()
                .orElseThrow(() -> new Problem.NotFound("claims.cap.notFound", registrationId));
        if (toMonth == null) {
            throw new Problem.Invalid("toMonth", "claims.profile.required");
        }
        if (toMonth.isBefore(r.fromMonth())) {
            throw new Problem.Invalid("toMonth", "claims.cap.toBeforeFrom", toMonth, r.fromMonth());
        }
        jdbc.update("update claim_cap_management set to_month = ?, version = version + 1 where office_id = ? and id = ?",
                Date.valueOf(toMonth.atDay(1)), officeId.value(), registrationId);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "claim_cap_management", registrationId.toString()).inOffice(officeId)
                .about(r.personId().value()).withDetails("ended with " + toMonth));
        return new Registration(r.id(), r.personId(), r.managingOffice(), r.fromMonth(), toMonth, r.managedHere());
    }

    @Transactional(readOnly = true)
    public List<Registration> registrations(OfficeId officeId, PersonId personId) {
        OfficeSummary office = offices.require(officeId);
        requirePerson(officeId, personId);
        return jdbc.query("""
                select id, person_id, managing_office, from_month, to_month from claim_cap_management
                 where office_id = ? and person_id = ? order by from_month""", (rs, i) -> registration(office, rs), officeId.value(),
                personId.value());
    }

    /** Everyone under management at the office in the month, with the month's result where one is recorded (one read each). */
    @Transactional(readOnly = true)
    public Map<PersonId, Managed> inForce(OfficeId officeId, YearMonth month) {
        OfficeSummary office = offices.require(officeId);
        Date first = Date.valueOf(month.atDay(1));
        Map<PersonId, Registration> registered = new LinkedHashMap<>();
        jdbc.query("""
                select id, person_id, managing_office, from_month, to_month from claim_cap_management
                 where office_id = ? and from_month <= ? and (to_month is null or to_month >= ?)""",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    Registration r = registration(office, rs);
                    registered.put(r.personId(), r);
                }, officeId.value(), first, first);
        Map<PersonId, Managed> managed = new LinkedHashMap<>();
        if (registered.isEmpty()) {
            return managed;
        }
        Map<PersonId, Recorded> results = new LinkedHashMap<>();
        jdbc.query("select person_id, result, result_amount, others::text from claim_cap_result where office_id = ? and month = ?",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    Integer result = (Integer) rs.getObject(2, Integer.class);
                    Long amount = (Long) rs.getObject(3, Long.class);
                    List<CapAllocation.Other> others = json.readValue(rs.getString(4), OTHERS).stream()
                            .map(o -> new CapAllocation.Other(o.officeNumber(), o.officeName(), Yen.of(o.amount()))).toList();
                    results.put(new PersonId(rs.getObject(1, UUID.class)), new Recorded(result, amount == null ? null : Yen.of(amount), others));
                }, officeId.value(), first);
        // a result of the other kind (entered while another office was named, or the reverse) does not count: the month
        // needs its result again (EJ13) rather than one that no longer fits who manages
        registered.forEach((p, r) -> {
            Recorded result = results.get(p);
            managed.put(p, new Managed(r, result != null && (result.result() == null) == r.managedHere() ? result : null));
        });
        return managed;
    }

    /** Records (or replaces, until the month is claimed) the month's result for a registered person. */
    @Transactional
    public Managed record(OfficeId officeId, PersonId personId, YearMonth month, ResultInput in, String user) {
        OfficeSummary office = offices.require(officeId);
        requirePerson(officeId, personId);
        if (month == null) {
            throw new Problem.Invalid("month", "claims.profile.required");
        }
        Registration r = registrations(officeId, personId).stream().filter(x -> x.covers(month)).findFirst()
                .orElseThrow(() -> new Problem.Invalid("month", "claims.cap.notRegistered", month));
        ResultInput given = in == null ? new ResultInput(null, null, null) : in;
        List<OtherInput> others = given.others() == null ? List.of() : given.others();
        Integer result = given.result();
        Long amount = given.resultAmount();
        if (r.managedHere()) {
            if (result != null || amount != null) {
                throw new Problem.Invalid(result != null ? "result" : "resultAmount", "claims.cap.computedHere");
            }
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < others.size(); i++) {
                OtherInput o = others.get(i);
                String number = o.officeNumber() == null ? "" : o.officeNumber().strip();
                if (!number.matches("[0-9A-Z]{10}")) {
                    throw new Problem.Invalid("others[" + i + "].officeNumber", "claims.cap.officeNumber", number);
                }
                if (number.equals(office.officeNumber()) || seen.contains(number)) {
                    throw new Problem.Invalid("others[" + i + "].officeNumber", "claims.cap.otherTwice", number);
                }
                seen.add(number);
                if (o.amount() == null || o.amount() < 0 || o.amount() > MAX_AMOUNT) {
                    throw new Problem.Invalid("others[" + i + "].amount", "claims.cap.amount", o.amount() == null ? "-" : o.amount(), MAX_AMOUNT);
                }
                if (o.officeName() != null && o.officeName().length() > 100) {
                    throw new Problem.Invalid("others[" + i + "].officeName", "claims.cap.nameLength", 100);
                }
            }
        } else {
            if (!others.isEmpty()) {
                throw new Problem.Invalid("others", "claims.cap.othersOnlyHere", r.managingOffice());
            }
            if (result == null || result < 1 || result > 3) {
                throw new Problem.Invalid("result", "claims.cap.result", result == null ? "-" : result);
            }
            if (amount == null || amount < 0 || amount > MAX_AMOUNT) {
                throw new Problem.Invalid("resultAmount", "claims.cap.amount", amount == null ? "-" : amount, MAX_AMOUNT);
            }
            if (result == 1 && amount != 0) { // EJ16: result 1 leaves the offices that do not manage nothing to charge
                throw new Problem.Invalid("resultAmount", "claims.cap.result1Zero", amount);
            }
        }
        List<OtherInput> kept = others.stream().map(o -> new OtherInput(o.officeNumber().strip(),
                o.officeName() == null || o.officeName().isBlank() ? null : o.officeName().strip(), o.amount())).toList();
        jdbc.update("""
                insert into claim_cap_result (tenant_id, id, office_id, person_id, month, result, result_amount, others, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                on conflict (tenant_id, office_id, person_id, month) do update
                   set result = excluded.result, result_amount = excluded.result_amount, others = excluded.others,
                       created_at = excluded.created_at, created_by = excluded.created_by, version = claim_cap_result.version + 1""",
                TenantContext.require().value(), UUID.randomUUID(), officeId.value(), personId.value(), Date.valueOf(month.atDay(1)), result, amount,
                json.writeValueAsString(kept), Timestamp.from(clock.instant()), user);
        audit.record(AuditEvent.of(AuditEvent.Action.UPDATE, "claim_cap_result", month.toString()).inOffice(officeId).about(personId.value())
                .withDetails(r.managedHere() ? "managed here, other offices " + kept.size() : "result " + result + " amount " + amount));
        return new Managed(r, new Recorded(result, amount == null ? null : Yen.of(amount),
                kept.stream().map(o -> new CapAllocation.Other(o.officeNumber(), o.officeName(), Yen.of(o.amount()))).toList()));
    }

    private void requirePerson(OfficeId officeId, PersonId personId) {
        if (personId == null || planning.person(officeId, personId).isEmpty()) {
            throw new Problem.NotFound("claims.cap.personNotFound", personId == null ? "-" : personId.value());
        }
    }

    private static Registration registration(OfficeSummary office, java.sql.ResultSet rs) throws java.sql.SQLException {
        Date to = rs.getDate(5);
        String managing = rs.getString(3);
        return new Registration(rs.getObject(1, UUID.class), new PersonId(rs.getObject(2, UUID.class)), managing,
                YearMonth.from(rs.getDate(4).toLocalDate()), to == null ? null : YearMonth.from(to.toLocalDate()),
                managing.equals(office.officeNumber()));
    }

    /** The office's persons, by kana, to choose whom to register. */
    @Transactional(readOnly = true)
    public List<PlanningQueries.PersonName> persons(OfficeId officeId) {
        return planning.persons(offices.require(officeId).id(), 1000);
    }

    /** A person under management in the month, by name. */
    public record Entry(PersonId personId, String name, String kana, Registration registration, Recorded recorded) {
    }

    /** Everyone under management at the office in the month, by kana (audited as a read about each). */
    @Transactional
    public List<Entry> month(OfficeId officeId, YearMonth month) {
        if (month == null) {
            throw new Problem.Invalid("month", "claims.profile.required");
        }
        Map<PersonId, Managed> managed = inForce(officeId, month);
        Map<PersonId, PlanningQueries.PersonName> names = planning.names(officeId, managed.keySet());
        audit.recordAll(managed.keySet().stream().map(p -> AuditEvent.of(AuditEvent.Action.READ, "claim_cap_result", month.toString())
                .inOffice(officeId).about(p.value())).toList());
        return managed.entrySet().stream().map(e -> {
            PlanningQueries.PersonName n = names.get(e.getKey());
            return new Entry(e.getKey(), n == null ? "-" : n.name(), n == null ? "" : n.kana(), e.getValue().registration(), e.getValue().recorded());
        }).sorted(java.util.Comparator.comparing(Entry::kana)).toList();
    }
}
