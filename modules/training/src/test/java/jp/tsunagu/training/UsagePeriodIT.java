package jp.tsunagu.training;

import static jp.tsunagu.training.TrainingFixtures.transitionOffice;
import static jp.tsunagu.training.TrainingFixtures.transitionUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 就労移行支援's usage period (#22 point 1): TR-1, extensions and their decisions, the pages, isolation and bad input. */
class UsagePeriodIT extends IntegrationTest {
    private static final String PERIODS = "/api/v1/offices/{o}/training/periods";

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

    private long rows(String table, UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table + " where office_id = ?", Long.class, office));
    }

    @Test
    @DisplayName("TR-1 the usage period: first day 2025-04-15, a benefit decision to 2027-03-31 → the standard period to 2027-04-14 (目安), warnings from 2026-10-15 (18 months) and 2027-02-15 (22 months), the decision's 2027-03-31 rules since it comes first; seen on 2026-11-01 the first warning; an extension of 13 months is refused (nothing stored), 12 accepted, decided by the municipality; the page and the first screen warn")
    void tr1TheUsagePeriod() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 11, 1));
        UUID office = transitionOffice(mvc, "alpha.admin", "東京就労移行 (TR-1)");
        UUID person = transitionUser(mvc, "alpha.admin", office, "中村", "ナカムラ", "2025-04-15", "2027-03-31");

        String period = json("alpha.admin", body(put(PERIODS + "/{p}", office, person), """
                {"firstDay": "2025-04-15"}"""), 200);
        assertThat(JsonPath.<String>read(period, "$.standardEnd")).isEqualTo("2027-04-14");
        assertThat(JsonPath.<String>read(period, "$.firstWarning")).isEqualTo("2026-10-15");
        assertThat(JsonPath.<String>read(period, "$.secondWarning")).isEqualTo("2027-02-15");
        assertThat(JsonPath.<String>read(period, "$.decisionEnd")).isEqualTo("2027-03-31");
        assertThat(JsonPath.<String>read(period, "$.end")).isEqualTo("2027-03-31");
        assertThat(JsonPath.<String>read(period, "$.endBy")).isEqualTo("DECISION");
        assertThat(JsonPath.<String>read(period, "$.stage")).isEqualTo("FIRST_WARNING");
        assertThat(JsonPath.<Integer>read(period, "$.daysLeft")).isEqualTo(151); // 2026-11-01 to 2027-03-31, both counted

        // on 2026-10-14 still running, on 2027-02-15 the second warning, after 2027-03-31 ended
        MovableClock.moveTo(LocalDate.of(2026, 10, 14));
        assertThat(JsonPath.<String>read(json("alpha.admin", get(PERIODS + "/{p}", office, person), 200), "$.stage")).isEqualTo("RUNNING");
        MovableClock.moveTo(LocalDate.of(2027, 2, 15));
        assertThat(JsonPath.<String>read(json("alpha.admin", get(PERIODS + "/{p}", office, person), 200), "$.stage")).isEqualTo("SECOND_WARNING");
        MovableClock.moveTo(LocalDate.of(2027, 4, 1));
        assertThat(JsonPath.<String>read(json("alpha.admin", get(PERIODS + "/{p}", office, person), 200), "$.stage")).isEqualTo("ENDED");
        MovableClock.moveTo(LocalDate.of(2026, 11, 1));

        // 13 months refused naming months (ja, en), nothing stored; 12 accepted
        for (String language : new String[] {"ja", "en"}) {
            String refused = json("alpha.admin", body(post(PERIODS + "/{p}/extensions", office, person).header("Accept-Language", language), """
                    {"requestedOn": "2026-11-01", "months": 13, "reason": "職場実習の結果を踏まえ、就職まで支援を続けるため"}"""), 400);
            assertThat(JsonPath.<String>read(refused, "$.errors[0].field")).isEqualTo("months");
            assertThat(JsonPath.<String>read(refused, "$.errors[0].message")).contains(language.equals("ja") ? "12 か月まで" : "up to 12 months");
        }
        assertThat(rows("transition_extension", office)).isZero();
        String requested = json("alpha.admin", body(post(PERIODS + "/{p}/extensions", office, person), """
                {"requestedOn": "2026-11-01", "months": 12, "reason": "職場実習の結果を踏まえ、就職まで支援を続けるため"}"""), 201);
        String extension = JsonPath.read(requested, "$.extensions[0].id");
        assertThat(JsonPath.<String>read(requested, "$.extensions[0].status")).isEqualTo("REQUESTED");
        // a second request while the first waits is refused
        json("alpha.admin", body(post(PERIODS + "/{p}/extensions", office, person), """
                {"requestedOn": "2026-11-02", "months": 1, "reason": "追加"}"""), 400);
        // the municipality grants 12 months: the standard end moves to 2028-04-14, the decision still rules until a new one
        String decided = json("alpha.admin", body(post("/api/v1/offices/{o}/training/extensions/{e}/decision", office, extension), """
                {"granted": true, "grantedMonths": 12, "decidedOn": "2026-12-10", "note": "千代田区 障害福祉課 審査会"}"""), 200);
        assertThat(JsonPath.<String>read(decided, "$.extendedEnd")).isEqualTo("2028-04-14");
        assertThat(JsonPath.<String>read(decided, "$.extensions[0].status")).isEqualTo("GRANTED");
        assertThat(JsonPath.<String>read(decided, "$.end")).isEqualTo("2027-03-31");
        // a further month would pass the 12 months in all
        String more = json("alpha.admin", body(post(PERIODS + "/{p}/extensions", office, person), """
                {"requestedOn": "2026-12-11", "months": 1, "reason": "さらに"}"""), 400);
        assertThat(JsonPath.<String>read(more, "$.errors[0].field")).isEqualTo("months");
        assertThat(rows("transition_extension", office)).isOne();

        // the person's page and the first screen warn
        String page = mvc.perform(get("/offices/" + office + "/training/periods/" + person).with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("令和9年4月14日 (2027-04-14) (目安)", "令和9年3月31日 (2027-03-31)", "受給者証の支給決定の終期です",
                "利用開始から18か月が過ぎました", "令和8年10月15日 (2026-10-15) (18か月)", "12か月の延長が認められました");
        String list = mvc.perform(get("/offices/" + office + "/training/periods").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("ナカムラ ハジメ", "中村 一", "(支給決定の終期)", "18か月経過");
        String home = mvc.perform(get("/").param("office", office.toString()).with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("就労移行支援の利用期間", "18か月経過 1人", "中村 一");
        // planning's person page shows the training module's panel: the end, the warning and the days left
        String days = JsonPath.read(mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/training/periods/{p}", office, person)))
                .andReturn().getResponse().getContentAsString(), "$.daysLeft").toString();
        String personPage = mvc.perform(get("/offices/" + office + "/planning/persons/" + person).with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(personPage).contains("ほかの業務の記録から", "就労移行支援", "利用期間の終わり", "令和9年3月31日 (2027-03-31)",
                "18か月経過・残り" + days + "日", "/offices/" + office + "/training/programme/persons/" + person);
        String english = mvc.perform(get("/offices/" + office + "/planning/persons/" + person).with(uiUser("alpha.admin"))
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("End of the usage period", "Past 18 months, " + days + " days left");
    }

    @Test
    @DisplayName("bad input and isolation: a first day the person was not served for 就労移行支援 is refused naming firstDay (ja, en) and nothing stored, also on the page; another tenant and an office without the module get 404; the auditor 403")
    void badInputAndIsolation() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 11, 1));
        UUID office = transitionOffice(mvc, "alpha.admin", "東京就労移行 (入力)");
        UUID person = transitionUser(mvc, "alpha.admin", office, "小林", "コバヤシ", "2026-04-01", "2027-03-31");
        String ja = json("alpha.admin", body(put(PERIODS + "/{p}", office, person), """
                {"firstDay": "2026-03-01"}"""), 400);
        assertThat(JsonPath.<String>read(ja, "$.errors[0].field")).isEqualTo("firstDay");
        assertThat(JsonPath.<String>read(ja, "$.errors[0].message")).startsWith("2026-03-01 にこの事業所で就労移行支援の利用契約がありません。");
        String en = json("alpha.admin", body(put(PERIODS + "/{p}", office, person).header("Accept-Language", "en"), """
                {"firstDay": "2026-03-01"}"""), 400);
        assertThat(JsonPath.<String>read(en, "$.errors[0].message")).startsWith("The person has no usage contract for transition support");
        json("alpha.admin", body(put(PERIODS + "/{p}", office, person), "{}"), 400);
        mvc.perform(post("/offices/" + office + "/training/periods").param("personId", person.toString()).param("firstDay", "2026-03-01")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl("/offices/" + office + "/training/periods")).andExpect(flash().attribute("errorField", "firstDay"));
        assertThat(rows("transition_period", office)).isZero();
        json("alpha.admin", get(PERIODS + "/{p}", office, person), 404);

        mvc.perform(post("/offices/" + office + "/training/periods").param("personId", person.toString()).param("firstDay", "2026-04-01")
                .with(uiUser("alpha.admin")).with(csrf())).andExpect(flash().attribute("message", "利用開始日を登録しました。"));
        assertThat(rows("transition_period", office)).isOne();

        json("beta.admin", get(PERIODS, office), 404);
        json("beta.admin", get(PERIODS + "/{p}", office, person), 404);
        json("beta.admin", body(put(PERIODS + "/{p}", office, person), """
                {"firstDay": "2026-04-01"}"""), 404);
        mvc.perform(get("/offices/" + office + "/training/periods").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/offices/" + office + "/training/periods/" + person).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        UUID without = office(ALPHA, "1310000005");
        json("alpha.admin", get(PERIODS, without), 404);
        mvc.perform(get("/offices/" + without + "/training/periods").with(uiUser("alpha.admin"))).andExpect(status().isNotFound());
        json("alpha.auditor", get(PERIODS, office), 403);
        json("alpha.auditor", body(put(PERIODS + "/{p}", office, person), """
                {"firstDay": "2026-04-01"}"""), 403);
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where resource = 'transition_period' and subject_person_id = ?", Long.class, person)))
                .isGreaterThanOrEqualTo(1);
    }
}
