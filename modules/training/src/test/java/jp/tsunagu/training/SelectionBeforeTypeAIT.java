package jp.tsunagu.training;

import static jp.tsunagu.training.SelectionFixtures.completedAssessment;
import static jp.tsunagu.training.SelectionFixtures.selectionOffice;
import static jp.tsunagu.training.SelectionFixtures.selectionUser;
import static jp.tsunagu.training.TrainingFixtures.transitionOffice;
import static jp.tsunagu.training.TrainingFixtures.transitionUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * TR-4: from 2027-04-01 (employment-selection-support.mandatoryBeforeTypeAFrom) planning refuses a new A型 contract
 * without a completed 就労選択支援 result, which training answers through planning's {@code SelectionResults}; the
 * usage period refuses an extension of 就労移行支援 the same way.
 */
class SelectionBeforeTypeAIT extends IntegrationTest {
    private static final String CONTRACTS = "/api/v1/offices/{o}/persons/{p}/contracts";

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    private String json(String user, MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(as(user, request)).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String json) {
        return request.contentType("application/json").content(json);
    }

    private long typeAContracts(UUID person) {
        return inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from usage_contract where person_id = ? and service_type = 'TYPE_A'", Long.class, person));
    }

    @Test
    @DisplayName("TR-4 就労選択支援 before A型: a new A型 contract starting 2027-03-31 without a result is allowed; starting 2027-04-01 without one (or with an assessment not completed) it is refused naming the rule and its date (ja, en), nothing stored; starting 2027-04-01 with a result completed on 2027-03-25 it is allowed")
    void tr4SelectionBeforeTypeA() throws Exception {
        MovableClock.moveTo(LocalDate.of(2027, 3, 1));
        UUID office = selectionOffice(mvc, "alpha.admin", "東京就労選択・A型 (TR-4)");

        var before = selectionUser(mvc, "alpha.admin", office, "石井", "イシイ", "2027-03-01", "2028-02-29");
        json("alpha.admin", body(post(CONTRACTS, office, before.person()),
                PlanningFixtures.contract(before.certificate(), "TYPE_A", "2027-03-31", null, 20)), 201);
        assertThat(typeAContracts(before.person())).isOne();

        var without = selectionUser(mvc, "alpha.admin", office, "上野", "ウエノ", "2027-03-01", "2028-02-29");
        for (String language : new String[] {"ja", "en"}) {
            String refused = json("alpha.admin", body(post(CONTRACTS, office, without.person()).header("Accept-Language", language),
                    PlanningFixtures.contract(without.certificate(), "TYPE_A", "2027-04-01", null, 20)), 400);
            assertThat(JsonPath.<String>read(refused, "$.errors[0].field")).isEqualTo("startDate");
            assertThat(JsonPath.<String>read(refused, "$.errors[0].message")).contains(language.equals("ja")
                    ? "2027-04-01 から、就労継続支援A型の新規の利用契約には就労選択支援の結果" : "From 2027-04-01, a new usage contract for continuous employment support type A")
                    .contains("employment-selection-support");
        }
        // an assessment started but not completed is no result
        json("alpha.admin", body(post("/api/v1/offices/{o}/training/assessments", office), """
                {"personId": "%s", "startedOn": "2027-03-01", "periodEnd": "2027-04-30"}""".formatted(without.person())), 201);
        json("alpha.admin", body(post(CONTRACTS, office, without.person()),
                PlanningFixtures.contract(without.certificate(), "TYPE_A", "2027-04-01", null, 20)), 400);
        assertThat(typeAContracts(without.person())).isZero();

        var with = selectionUser(mvc, "alpha.admin", office, "大野", "オオノ", "2027-03-01", "2028-02-29");
        MovableClock.moveTo(LocalDate.of(2027, 3, 31));
        completedAssessment(mvc, "alpha.admin", office, with.person(), "2027-03-01", "2027-03-31", "2027-03-25");
        json("alpha.admin", body(post(CONTRACTS, office, with.person()),
                PlanningFixtures.contract(with.certificate(), "TYPE_A", "2027-04-01", null, 20)), 201);
        assertThat(typeAContracts(with.person())).isOne();

        // a renewal is not new use: 石井's A型 contract ends on 2027-04-30 and the next one starts on 2027-05-01, without a result
        json("alpha.admin", body(post(CONTRACTS + "/{c}/end", office, before.person(), JsonPath.<java.util.List<String>>read(json("alpha.admin",
                get(CONTRACTS, office, before.person()), 200), "$[?(@.serviceType == 'TYPE_A')].id").getFirst()), """
                {"endDate": "2027-04-30", "reason": "受給者証の更新"}"""), 200);
        json("alpha.admin", body(post(CONTRACTS, office, before.person()),
                PlanningFixtures.contract(before.certificate(), "TYPE_A", "2027-05-01", null, 20)), 201);
        assertThat(typeAContracts(before.person())).isEqualTo(2);
    }

    @Test
    @DisplayName("TR-4's companion: an extension of 就労移行支援 requested on 2027-04-01 without a 就労選択支援 result is refused naming requestedOn, the rule and its date (ja, en), nothing stored; requested on 2027-03-31 it is accepted")
    void extensionNeedsAResultFromTheRuleDate() throws Exception {
        MovableClock.moveTo(LocalDate.of(2027, 3, 15));
        UUID office = transitionOffice(mvc, "alpha.admin", "東京就労移行 (TR-4 延長)");
        UUID refusedPerson = transitionUser(mvc, "alpha.admin", office, "岡田", "オカダ", "2025-05-01", "2027-04-30");
        UUID acceptedPerson = transitionUser(mvc, "alpha.admin", office, "岡本", "オカモト", "2025-05-01", "2027-04-30");
        for (UUID person : new UUID[] {refusedPerson, acceptedPerson}) {
            json("alpha.admin", body(put("/api/v1/offices/{o}/training/periods/{p}", office, person), """
                    {"firstDay": "2025-05-01"}"""), 200);
        }
        String extensions = "/api/v1/offices/{o}/training/periods/{p}/extensions";
        for (String language : new String[] {"ja", "en"}) {
            String refused = json("alpha.admin", body(post(extensions, office, refusedPerson).header("Accept-Language", language), """
                    {"requestedOn": "2027-04-01", "months": 6, "reason": "就職活動を続けるため"}"""), 400);
            assertThat(JsonPath.<String>read(refused, "$.errors[0].field")).isEqualTo("requestedOn");
            assertThat(JsonPath.<String>read(refused, "$.errors[0].message")).contains(language.equals("ja")
                    ? "2027-04-01 から、就労移行支援の利用期間の延長には就労選択支援の結果" : "From 2027-04-01, an extension of transition support")
                    .contains("employment-selection-support");
        }
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from transition_extension where person_id = ?", Long.class,
                refusedPerson))).isZero();
        json("alpha.admin", body(post(extensions, office, acceptedPerson), """
                {"requestedOn": "2027-03-31", "months": 6, "reason": "就職活動を続けるため"}"""), 201);
    }
}
