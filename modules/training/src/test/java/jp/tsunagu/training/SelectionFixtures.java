package jp.tsunagu.training;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.TestTokens;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 就労選択支援's set-up through the API, as a user would: an office, a person served for it, a completed assessment. */
public final class SelectionFixtures {
    private SelectionFixtures() {
    }

    /** A new office in Tokyo offering A型 and 就労選択支援 (capacity 20 and 10), with planning, workspace and training on. */
    public static UUID selectionOffice(MockMvc mvc, String admin, String name) throws Exception {
        String number = "13" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        UUID office = created(mvc, admin, "/api/v1/offices", """
                {"officeNumber": "%s", "name": "%s", "prefecture": "TOKYO", "regionalClass": "GRADE_1",
                 "services": [{"serviceType": "TYPE_A", "capacity": 20}, {"serviceType": "EMPLOYMENT_SELECTION", "capacity": 10}]}"""
                .formatted(number, name));
        for (String module : new String[] {"planning", "workspace", "training"}) {
            mvc.perform(authorized(admin, put("/api/v1/offices/{o}/modules/{m}", office, module))).andExpect(status().isOk());
        }
        return office;
    }

    /** A person and the certificate's id: decisions for 就労選択支援 and A型 from {@code from} to {@code to}. */
    public record Served(UUID person, UUID certificate) {
    }

    /**
     * A person of {@code office} with a certificate deciding 就労選択支援 and A型 (原則の日数) from {@code from} to
     * {@code to}, and a usage contract for 就労選択支援 from {@code from}.
     */
    public static Served selectionUser(MockMvc mvc, String admin, UUID office, String family, String kana, String from, String to) throws Exception {
        UUID person = created(mvc, admin, "/api/v1/offices/{o}/persons", PlanningFixtures.person(family, "一", kana, "ハジメ"), office);
        UUID certificate = created(mvc, admin, "/api/v1/offices/{o}/persons/{p}/certificates", PlanningFixtures.certificate(
                PlanningFixtures.newNumber(), from, to, PlanningFixtures.standardDays("EMPLOYMENT_SELECTION", from, to) + ", "
                        + PlanningFixtures.standardDays("TYPE_A", from, to)), office, person);
        created(mvc, admin, "/api/v1/offices/{o}/persons/{p}/contracts", PlanningFixtures.contract(certificate, "EMPLOYMENT_SELECTION", from, null, 20),
                office, person);
        return new Served(person, certificate);
    }

    /**
     * A 就労選択支援 assessment of {@code person} from {@code start} (one month), with an observation and a case meeting
     * on {@code start}, completed on {@code completedOn}; its id.
     */
    public static UUID completedAssessment(MockMvc mvc, String admin, UUID office, UUID person, String start, String end, String completedOn)
            throws Exception {
        String base = "/api/v1/offices/{o}/training/assessments";
        UUID id = created(mvc, admin, base, """
                {"personId": "%s", "startedOn": "%s", "periodEnd": "%s"}""".formatted(person, start, end), office);
        mvc.perform(authorized(admin, post(base + "/{a}/observations", office, id)).contentType("application/json").content("""
                {"observedOn": "%s", "task": "部品の組立", "seen": "手順書どおりに30分続けて作業した", "evidence": "作業記録"}""".formatted(start)))
                .andExpect(status().isCreated());
        mvc.perform(authorized(admin, put(base + "/{a}/meeting", office, id)).contentType("application/json").content("""
                {"meetingOn": "%s", "participants": "本人, 相談支援事業所, ハローワーク"}""".formatted(start))).andExpect(status().isOk());
        mvc.perform(authorized(admin, post(base + "/{a}/complete", office, id)).contentType("application/json").content("""
                {"completedOn": "%s", "resultSummary": "A型での就労が見込まれる", "shareWithConsultation": true}""".formatted(completedOn)))
                .andExpect(status().isOk());
        return id;
    }

    private static MockHttpServletRequestBuilder authorized(String user, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TestTokens.token(user));
    }
}
