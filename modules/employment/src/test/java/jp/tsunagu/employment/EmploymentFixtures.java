package jp.tsunagu.employment;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.TestTokens;
import org.springframework.test.web.servlet.MockMvc;

/** What the employment tests set up through the API: A型 offices in a prefecture, employed users, contracts. */
public final class EmploymentFixtures {
    private EmploymentFixtures() {
    }

    /**
     * A new A型 office of {@code admin}'s tenant in {@code prefecture} (its two-digit code {@code code} leads the office
     * number), with planning, workspace and employment on.
     */
    public static UUID office(MockMvc mvc, String admin, String name, String prefecture, String code) throws Exception {
        String number = code + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        UUID office = created(mvc, admin, "/api/v1/offices", """
                {"officeNumber": "%s", "name": "%s", "prefecture": "%s", "regionalClass": "OTHER",
                 "services": [{"serviceType": "TYPE_A", "capacity": 20}]}""".formatted(number, name, prefecture));
        for (String module : new String[] {"planning", "workspace", "employment"}) {
            mvc.perform(put("/api/v1/offices/{o}/modules/{m}", office, module).header("Authorization", "Bearer " + TestTokens.token(admin)))
                    .andExpect(status().isOk());
        }
        return office;
    }

    /** A user of {@code office} served as an employed A型 user from {@code from} to {@code to} (certificate and contract). */
    public static UUID employedUser(MockMvc mvc, String admin, UUID office, String family, String kana, String from, String to) throws Exception {
        UUID person = created(mvc, admin, "/api/v1/offices/{o}/persons", PlanningFixtures.person(family, "一", kana, "ハジメ"), office);
        UUID certificate = created(mvc, admin, "/api/v1/offices/{o}/persons/{p}/certificates", PlanningFixtures.certificate(
                PlanningFixtures.newNumber(), from, to, PlanningFixtures.standardDays("TYPE_A", from, to)), office, person);
        created(mvc, admin, "/api/v1/offices/{o}/persons/{p}/contracts", PlanningFixtures.contract(certificate, "TYPE_A", from, null, 20),
                office, person);
        return person;
    }

    /** {@code person} clocked in at {@code office} on {@code date} at {@code in} and out at {@code out}, with a break of {@code breakMinutes}. */
    public static void clocked(MockMvc mvc, String admin, UUID office, UUID person, UUID group, String date, String in, String out, int breakMinutes)
            throws Exception {
        created(mvc, admin, "/api/v1/offices/{o}/workspace/attendance/check-in", """
                {"personId": "%s", "date": "%s", "time": "%s", "groupId": "%s"}""".formatted(person, date, in, group), office);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/offices/{o}/workspace/attendance/check-out", office)
                        .header("Authorization", "Bearer " + TestTokens.token(admin)).contentType("application/json")
                        .content("""
                                {"personId": "%s", "date": "%s", "time": "%s", "breakMinutes": %d}""".formatted(person, date, out, breakMinutes)))
                .andExpect(status().isOk());
    }

    /** Closes the month of service records of {@code office}. */
    public static void recordsClosed(MockMvc mvc, String admin, UUID office, String month) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/offices/{o}/workspace/months/{m}/close", office, month)
                .header("Authorization", "Bearer " + TestTokens.token(admin))).andExpect(status().isOk());
    }

    /** An employment contract's JSON: 4 h a day (10:00–15:00, an hour's break), 4 days a week, at {@code wage} yen an hour. */
    public static String contract(UUID person, String start, String end, long wage) {
        return """
                {"personId": "%s", "startDate": "%s", %s "daysPerWeek": 4, "dailyStart": "10:00", "dailyEnd": "15:00", "breakMinutes": 60,
                 "hourlyWage": %d, "job": "部品の検品・梱包", "place": "本社作業室", "commutingAllowance": 3000, "workRulesVersion": "就業規則 2025年4月版"}"""
                .formatted(person, start, end == null ? "" : "\"endDate\": \"" + end + "\",", wage);
    }
}
