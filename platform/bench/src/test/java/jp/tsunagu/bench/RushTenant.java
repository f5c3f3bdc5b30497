package jp.tsunagu.bench;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.app.EmbeddedDatabase;
import jp.tsunagu.app.ProvisionCommand;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.TestTokens;

/**
 * The tenant of the morning rush ({@code infra/bench.sh rush}) and of the office day ({@code infra/bench.sh day}):
 * {@value #OFFICES} B型 offices with the planning, workspace and (test) fixture modules on and one support-staff member
 * each, provisioned from a generated manifest as {@code provision} does; one B型 work group per office through the API;
 * one person with a recipient certificate, a B型 benefit decision and a usage contract through the API, copied in SQL
 * (every column as the API wrote it, new ids, certificate numbers and names) to {@value #PERSONS} persons,
 * {@code PERSONS / OFFICES} per office.
 */
final class RushTenant {
    static final int OFFICES = 250;
    static final int PERSONS = 10_000;
    static final String TENANT = "0c000000-0000-4000-8000-00000000000c";
    static final String ADMIN = "rush.admin";

    private RushTenant() {
    }

    /** One office of the tenant: its id, its B型 group, its staff member and that member's persons. */
    record Office(UUID id, UUID group, String staff, List<UUID> persons) {
    }

    /** One person's check-in: who, where, and the office's staff member who enters it. */
    record Arrival(UUID person, Office office) {
    }

    /** Every person of the offices with their office, in the offices' order. */
    static List<Arrival> arrivals(List<Office> offices) {
        List<Arrival> arrivals = new ArrayList<>();
        for (Office o : offices) {
            o.persons().forEach(p -> arrivals.add(new Arrival(p, o)));
        }
        if (arrivals.size() != PERSONS) {
            throw new AssertionError("seeded " + arrivals.size() + " persons, not " + PERSONS);
        }
        return arrivals;
    }

    /** A's check-in on {@code date} at {@code time} (HH:mm), entered by the office's staff member with a bearer token. */
    static LoopbackHttp.Request checkIn(Arrival a, LocalDate date, String time, Map<String, String> tokens) {
        String json = """
                {"personId": "%s", "date": "%s", "time": "%s", "groupId": "%s"}"""
                .formatted(a.person(), date, time, a.office().group());
        return LoopbackHttp.Request.of("POST", "/api/v1/offices/" + a.office().id() + "/workspace/attendance/check-in", json,
                "Authorization", "Bearer " + tokens.get(a.office().staff()), "X-Tenant-Id", TENANT,
                "Content-Type", "application/json");
    }

    /**
     * Each staff member's tablet opens the application with its fresh token before the rush, one request each: the
     * server verifies a token on its first use and keeps it until it expires, and a tablet's token is renewed every
     * few minutes, at its own time. Without this, the minute would begin with all 250 tokens new in the same second,
     * which no morning has.
     */
    static void signIn(int port, List<Office> offices, Map<String, String> tokens) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (Office o : offices) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                    .header("Authorization", "Bearer " + tokens.get(o.staff())).header("X-Tenant-Id", TENANT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET /api/v1/me: " + response.statusCode() + " " + response.body());
            }
        }
    }

    /** Fresh tokens (they live 5 minutes) of every staff member. */
    static Map<String, String> tokens(List<Office> offices) {
        Map<String, String> tokens = new HashMap<>();
        for (Office o : offices) {
            tokens.put(o.staff(), TestTokens.token(o.staff()));
        }
        return tokens;
    }

    static List<Office> seed(ProvisionCommand provision, int port, LocalDate today) throws Exception {
        Path dir = Files.createTempDirectory("rush-manifest");
        Path manifest = Files.writeString(dir.resolve("rush.yaml"), manifest());
        try {
            provision.apply(dir);
        } finally {
            Files.deleteIfExists(manifest); // a failure to tidy up must not hide the provisioning's own
            Files.deleteIfExists(dir);
        }

        List<UUID> officeIds = new ArrayList<>();
        try (Connection c = EmbeddedDatabase.start(null).superuser();
             PreparedStatement s = c.prepareStatement("select id from office where tenant_id = ?::uuid order by office_number")) {
            s.setString(1, TENANT);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    officeIds.add(rs.getObject(1, UUID.class));
                }
            }
        }
        if (officeIds.size() != OFFICES) {
            throw new AssertionError("provisioned " + officeIds.size() + " offices, not " + OFFICES);
        }
        BenchApi admin = new BenchApi(port, ADMIN);
        List<UUID> groups = new ArrayList<>();
        for (UUID office : officeIds) {
            groups.add(UUID.fromString(JsonPath.read(admin.api("POST", "/api/v1/offices/" + office + "/workspace/groups",
                    "{\"name\": \"B型\", \"kind\": \"TYPE_B\"}", 201), "$.id")));
        }

        // one person as the API writes it: the person, a certificate with a B型 decision for a year, a contract
        LocalDate from = today.minusMonths(6).withDayOfMonth(1);
        LocalDate to = from.plusYears(1).minusDays(1);
        String o = "/api/v1/offices/" + officeIds.getFirst();
        UUID person = UUID.fromString(JsonPath.read(admin.api("POST", o + "/persons",
                PlanningFixtures.person("朝日", "一", "アサヒ", "ハジメ"), 201), "$.id"));
        UUID certificate = UUID.fromString(JsonPath.read(admin.api("POST", o + "/persons/" + person + "/certificates",
                PlanningFixtures.certificate("1300000000", from.toString(), to.toString(),
                        PlanningFixtures.standardDays("TYPE_B", from.toString(), to.toString())), 201), "$.id"));
        admin.api("POST", o + "/persons/" + person + "/contracts",
                PlanningFixtures.contract(certificate, "TYPE_B", from.toString(), null, 20), 201);

        copy(person);

        List<Office> offices = new ArrayList<>();
        Map<UUID, List<UUID>> persons = new HashMap<>();
        try (Connection c = EmbeddedDatabase.start(null).superuser();
             PreparedStatement s = c.prepareStatement("select office_id, person_id from person_office where tenant_id = ?::uuid"
                     + " order by office_id, person_id")) {
            s.setString(1, TENANT);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    persons.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                }
            }
        }
        for (int i = 0; i < OFFICES; i++) {
            offices.add(new Office(officeIds.get(i), groups.get(i), staff(i), persons.getOrDefault(officeIds.get(i), List.of())));
        }
        return offices;
    }

    /**
     * Copies the person made through the API to {@value #PERSONS} persons, {@code PERSONS / OFFICES} per office in the
     * offices' order: each row as the API wrote it (all columns, through jsonb so that none is forgotten) with new ids,
     * a numbered given name and certificate number; then ANALYZE, as after any bulk load.
     */
    private static void copy(UUID template) throws Exception {
        int perOffice = PERSONS / OFFICES;
        try (Connection c = EmbeddedDatabase.start(null).superuser(); var s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("create temporary table rush_copy on commit drop as"
                    + " select g, gen_random_uuid() as person_id, gen_random_uuid() as certificate_id,"
                    + " gen_random_uuid() as decision_id, gen_random_uuid() as contract_id, o.id as office_id"
                    + " from generate_series(1, " + (PERSONS - 1) + ") g"
                    + " join (select id, row_number() over (order by office_number) - 1 as k from office where tenant_id = '"
                    + TENANT + "') o on o.k = g / " + perOffice);
            String tpl = "'" + template + "'";
            s.execute("insert into person select (jsonb_populate_record(null::person, to_jsonb(t) || jsonb_build_object("
                    + "'id', m.person_id, 'given_name', t.given_name || m.g))).* from person t, rush_copy m where t.id = " + tpl);
            s.execute("insert into person_office select (jsonb_populate_record(null::person_office, to_jsonb(t) || jsonb_build_object("
                    + "'id', gen_random_uuid(), 'person_id', m.person_id, 'office_id', m.office_id))).*"
                    + " from person_office t, rush_copy m where t.person_id = " + tpl);
            s.execute("insert into recipient_certificate select (jsonb_populate_record(null::recipient_certificate, to_jsonb(t)"
                    + " || jsonb_build_object('id', m.certificate_id, 'person_id', m.person_id,"
                    + " 'certificate_number', '13' || lpad(m.g::text, 8, '0')))).*"
                    + " from recipient_certificate t, rush_copy m where t.person_id = " + tpl);
            s.execute("insert into benefit_decision select (jsonb_populate_record(null::benefit_decision, to_jsonb(d)"
                    + " || jsonb_build_object('id', m.decision_id, 'certificate_id', m.certificate_id))).*"
                    + " from benefit_decision d join recipient_certificate t on t.id = d.certificate_id, rush_copy m where t.person_id = " + tpl);
            s.execute("insert into usage_contract select (jsonb_populate_record(null::usage_contract, to_jsonb(t)"
                    + " || jsonb_build_object('id', m.contract_id, 'person_id', m.person_id, 'office_id', m.office_id,"
                    + " 'certificate_id', m.certificate_id))).* from usage_contract t, rush_copy m where t.person_id = " + tpl);
            c.commit();
            c.setAutoCommit(true);
            s.execute("analyze");
        }
    }


    static String staff(int office) {
        return "rush.staff.%03d".formatted(office + 1);
    }

    /**
     * The tenant: {@value #OFFICES} B型 offices with planning, workspace and the test module {@code fixture} (the audited
     * floor), a tenant admin, one staff member per office.
     */
    private static String manifest() {
        StringBuilder m = new StringBuilder("""
                tenant:
                  id: %s
                  kind: CORPORATION
                  name: 社会福祉法人 あさひ会
                  prefecture: TOKYO
                offices:
                """.formatted(TENANT));
        for (int i = 0; i < OFFICES; i++) {
            m.append("""
                      - number: "%s"
                        name: あさひ作業所 第%d
                        prefecture: TOKYO
                        regionalClass: GRADE_1
                        services:
                          TYPE_B: 20
                        modules: [planning, workspace, fixture]
                    """.formatted(number(i), i + 1));
        }
        m.append("""
                users:
                  - username: %s
                    email: rush.admin@example.jp
                    firstName: 朝子
                    lastName: 旭
                    allOffices: true
                    roles: [TENANT_ADMIN]
                """.formatted(ADMIN));
        for (int i = 0; i < OFFICES; i++) {
            m.append("""
                      - username: %s
                        email: %s@example.jp
                        firstName: 職員%d
                        lastName: 旭
                        offices: ["%s"]
                        roles: [SUPPORT_STAFF]
                    """.formatted(staff(i), staff(i), i + 1, number(i)));
        }
        return m.toString();
    }

    private static String number(int office) {
        return "139%07d".formatted(office + 1);
    }
}
