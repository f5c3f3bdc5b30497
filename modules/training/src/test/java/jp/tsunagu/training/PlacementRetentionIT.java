package jp.tsunagu.training;

import static jp.tsunagu.training.TrainingFixtures.hire;
import static jp.tsunagu.training.TrainingFixtures.placeablePerson;
import static jp.tsunagu.training.TrainingFixtures.placement;
import static jp.tsunagu.training.TrainingFixtures.transitionOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import jp.tsunagu.training.api.RetentionRate;
import jp.tsunagu.training.api.TrainingQueries;
import jp.tsunagu.training.events.PlacementMade;
import jp.tsunagu.training.events.RetentionReached;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Placement and the 6-month follow-up, the retention rate (#22 points 5 and 10): TR-2, bad input, events, pages, isolation. */
@RecordApplicationEvents
class PlacementRetentionIT extends IntegrationTest {
    private static final String TRAINING = "/api/v1/offices/{o}/training";
    private static final String[] KANJI = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] KANA = {"イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ", "ジュウ"};

    @Autowired
    ApplicationEvents events;

    @Autowired
    TrainingQueries queries;

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

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(uiUser(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long placements(UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from placement where office_id = ?", Long.class, office));
    }

    private long contacts(UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from placement_contact c join placement p "
                + "on p.tenant_id = c.tenant_id and p.id = c.placement_id where p.office_id = ?", Long.class, office));
    }

    private UUID placed(UUID office, String family, String kana, String hireDate, String endedOn) throws Exception {
        // no first day recorded (the usage period's rules start in 2024-04): the open usage contract from 2023-04-01 is the record of use
        UUID person = TrainingFixtures.transitionUser(mvc, "alpha.admin", office, family, kana, "2023-04-01", "2024-03-31");
        placement(mvc, "alpha.admin", office, person, hireDate, endedOn);
        return person;
    }

    @Test
    @DisplayName("TR-2 the transition retention rate: capacity 20 in FY2024 and FY2025; 6 placements reach their 6-month day in FY2024 still employed, 4 in FY2025 (one hired 2024-11-01, 6-month day 2025-05-01) → FY2026 (6 + 4) ÷ (20 + 20) = 25 % → 20-30 % → 719 units; hired 2025-10-01 and left 2026-03-31 does not count, one still employed on 2026-04-01 counts in FY2026 not here; with 20 such people 50 % → 1,210; PlacementMade per hire, RetentionReached once per person retained")
    void tr2TheTransitionRetentionRate() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 5, 1));
        UUID office = transitionOffice(mvc, "alpha.admin", "東京就労移行 (TR-2)");
        json("alpha.admin", body(put(TRAINING + "/capacities/{y}", office, 2024), """
                {"capacity": 20}"""), 200);
        json("alpha.admin", body(put(TRAINING + "/capacities/{y}", office, 2025), """
                {"capacity": 20}"""), 200);

        // 6-month days in FY2024, still employed on them
        String[] fy2024 = {"2023-10-01", "2023-11-15", "2024-01-10", "2024-03-01", "2024-06-03", "2024-09-30"};
        for (int i = 0; i < fy2024.length; i++) {
            placed(office, "前年" + KANJI[i], "ゼンネン" + KANA[i], fy2024[i], null);
        }
        // 6-month days in FY2025: the one hired 2024-11-01 reaches it on 2025-05-01
        UUID november = placed(office, "佐藤", "サトウ", "2024-11-01", null);
        String[] fy2025 = {"2025-01-20", "2025-06-02", "2025-09-30"};
        for (int i = 0; i < fy2025.length; i++) {
            placed(office, "今年" + KANJI[i], "コトシ" + KANA[i], fy2025[i], null);
        }
        // not counted: left before the 6-month day (2024-08-01), left 2026-03-31 before 2026-04-01, still employed on 2026-04-01 (FY2026)
        placed(office, "早期", "ソウキ", "2024-02-01", "2024-06-30");
        UUID left = placed(office, "退職", "タイショク", "2025-10-01", "2026-03-31");
        UUID april = placed(office, "四月", "シガツ", "2025-10-01", null);

        String rate = json("alpha.admin", get(TRAINING + "/retention/{y}", office, 2026), 200);
        assertThat(JsonPath.<Integer>read(rate, "$.retainedBefore")).isEqualTo(6);
        assertThat(JsonPath.<Integer>read(rate, "$.retainedPrevious")).isEqualTo(4);
        assertThat(JsonPath.<Integer>read(rate, "$.capacities")).isEqualTo(40);
        assertThat(JsonPath.<Double>read(rate, "$.ratePercent")).isEqualTo(25.0);
        assertThat(JsonPath.<String>read(rate, "$.tier")).isEqualTo("20_TO_30");
        assertThat(JsonPath.<Integer>read(rate, "$.units")).isEqualTo(719);
        assertThat(JsonPath.<String>read(rate, "$.trail")).contains("(6 + 4) ÷ (20 + 20) = 25.00 %", "transition-base-units", "719 units a day");
        assertThat(JsonPath.<List<String>>read(rate, "$.counted[*].personId")).hasSize(10).contains(november.toString())
                .doesNotContain(left.toString(), april.toString());
        String placements = json("alpha.admin", get(TRAINING + "/placements", office), 200);
        assertThat(JsonPath.<List<String>>read(placements, "$[?(@.personId == '" + november + "')].sixMonthDay")).containsExactly("2025-05-01");
        assertThat(JsonPath.<List<String>>read(placements, "$[?(@.personId == '" + left + "')].state")).containsExactly("LEFT_BEFORE_SIX_MONTHS");
        assertThat(JsonPath.<List<String>>read(placements, "$[?(@.personId == '" + april + "')].state")).containsExactly("RETAINED");
        // the person still employed on 2026-04-01 counts in FY2027's rate
        assertThat(JsonPath.<List<String>>read(json("alpha.admin", get(TRAINING + "/retention/{y}", office, 2027), 200), "$.counted[*].personId"))
                .contains(april.toString()).doesNotContain(left.toString());

        // the query claims ask: the same figures for a service month of FY2026
        RetentionRate asked = inTenant(ALPHA, () -> queries.transitionRetentionRate(new OfficeId(office), YearMonth.of(2026, 6)));
        assertThat(asked.retained()).isEqualTo(10);
        assertThat(asked.capacities()).isEqualTo(40);
        assertThat(asked.ratePercent()).isEqualByComparingTo(new BigDecimal("25"));
        assertThat(asked.units()).isEqualTo(719);

        // 10 more people retained in FY2025: 20 ÷ 40 = exactly 50 % → the top tier
        for (int i = 0; i < 10; i++) {
            placed(office, "追加" + KANJI[i], "ツイカ" + KANA[i], "2025-0" + (1 + i % 9) + "-1" + i % 10, null);
        }
        String top = json("alpha.admin", get(TRAINING + "/retention/{y}", office, 2026), 200);
        assertThat(JsonPath.<Integer>read(top, "$.retainedPrevious")).isEqualTo(14);
        assertThat(JsonPath.<Double>read(top, "$.ratePercent")).isEqualTo(50.0);
        assertThat(JsonPath.<String>read(top, "$.tier")).isEqualTo("50_PLUS");
        assertThat(JsonPath.<Integer>read(top, "$.units")).isEqualTo(1210);

        // events: one PlacementMade per hire; RetentionReached once per person retained (20 counted + the April one), never for those who left
        assertThat(events.stream(PlacementMade.class).filter(e -> e.officeId().value().equals(office))).hasSize(23);
        List<RetentionReached> reached = events.stream(RetentionReached.class).filter(e -> e.officeId().value().equals(office)).toList();
        assertThat(reached).hasSize(21);
        assertThat(reached).filteredOn(e -> e.personId().equals(new PersonId(november)))
                .singleElement().satisfies(e -> assertThat(e.sixMonthDay()).isEqualTo(LocalDate.of(2025, 5, 1)));
        assertThat(reached).noneMatch(e -> e.personId().equals(new PersonId(left)));

        // the pages show the figures
        MovableClock.moveTo(LocalDate.of(2026, 5, 1));
        String retention = page("alpha.admin", "/offices/" + office + "/training/retention?year=2026");
        assertThat(retention).contains("令和8年度 (FY2026)", "50%", "(6人 + 14人) ÷ (20人 + 20人) = 50%", "5割以上", "1,210単位 (利用定員 20人)",
                "サトウ ハジメ");
        String list = page("alpha.admin", "/offices/" + office + "/training/placements");
        assertThat(list).contains("佐藤 一", "令和6年11月1日 (2024-11-01)", "令和7年5月1日 (2025-05-01)", "6か月定着", "6か月前に離職");
    }

    @Test
    @DisplayName("follow-up, bad input and isolation: a hire date before the first day of use is refused naming hireDate, a contact after the placement ended naming date (ja, en, API and page), nothing stored; the follow-up calendar shows the contacts by month; another tenant and an office without the module 404, the auditor 403; reads and writes audited about the person")
    void followUpBadInputAndIsolation() throws Exception {
        MovableClock.moveTo(LocalDate.of(2025, 11, 1));
        UUID office = transitionOffice(mvc, "alpha.admin", "東京就労移行 (就職)");
        UUID person = placeablePerson(mvc, "alpha.admin", office, "小林", "コバヤシ", "2025-04-01");

        for (String language : new String[] {"ja", "en"}) {
            String refused = json("alpha.admin", body(post(TRAINING + "/placements", office).header("Accept-Language", language),
                    hire(person, "2025-03-01", null)), 400);
            assertThat(JsonPath.<String>read(refused, "$.errors[0].field")).isEqualTo("hireDate");
            assertThat(JsonPath.<String>read(refused, "$.errors[0].message")).startsWith(language.equals("ja")
                    ? "就職日 2025-03-01 が就労移行支援の利用開始日 2025-04-01 より前です。" : "The hire date 2025-03-01 is before the first day of transition support 2025-04-01.");
        }
        mvc.perform(post("/offices/" + office + "/training/placements").with(uiUser("alpha.admin")).with(csrf())
                        .param("personId", person.toString()).param("companyName", "株式会社つなぐ物流").param("hireDate", "2025-03-01")
                        .param("hoursPerWeek", "20").param("wageKind", "HOURLY").param("wageYen", "1250").param("job", "軽作業")
                        .param("disclosure", "CLOSED"))
                .andExpect(redirectedUrl("/offices/" + office + "/training/placements")).andExpect(flash().attribute("errorField", "hireDate"));
        assertThat(placements(office)).isZero();

        UUID placementId = placement(mvc, "alpha.admin", office, person, "2025-06-02", null);
        String base = "/offices/" + office + "/training/placements/" + placementId;
        mvc.perform(post(base + "/contacts").with(uiUser("alpha.admin")).with(csrf()).param("date", "2025-06-20").param("withWhom", "EMPLOYER")
                        .param("faceToFace", "true").param("issues", "LATENESS").param("issues", "FATIGUE").param("note", "朝の遅刻が2回"))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("message", "支援の記録を登録しました。"));
        json("alpha.admin", body(post(TRAINING + "/placements/{p}/contacts", office, placementId), """
                {"date": "2025-08-05", "withWhom": "PERSON", "faceToFace": false, "issues": ["MEDICATION"], "note": "服薬の確認"}"""), 201);
        String ended = json("alpha.admin", body(post(TRAINING + "/placements/{p}/end", office, placementId), """
                {"endedOn": "2025-09-30", "reason": "体調不良による退職"}"""), 200);
        assertThat(JsonPath.<String>read(ended, "$.state")).isEqualTo("LEFT_BEFORE_SIX_MONTHS");
        assertThat(contacts(office)).isEqualTo(2);

        for (String language : new String[] {"ja", "en"}) {
            String refused = json("alpha.admin", body(post(TRAINING + "/placements/{p}/contacts", office, placementId)
                    .header("Accept-Language", language), """
                    {"date": "2025-10-05", "withWhom": "FAMILY", "faceToFace": true, "issues": []}"""), 400);
            assertThat(JsonPath.<String>read(refused, "$.errors[0].field")).isEqualTo("date");
            assertThat(JsonPath.<String>read(refused, "$.errors[0].message")).startsWith(language.equals("ja")
                    ? "支援の日付 2025-10-05 が離職日 2025-09-30 より後です。" : "The contact date 2025-10-05 is after the end of the placement on 2025-09-30.");
        }
        mvc.perform(post(base + "/contacts").with(uiUser("alpha.admin")).with(csrf()).param("date", "2025-10-05").param("withWhom", "FAMILY")
                        .param("faceToFace", "true"))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("errorField", "date"));
        assertThat(contacts(office)).isEqualTo(2);

        String detail = json("alpha.admin", get(TRAINING + "/placements/{p}", office, placementId), 200);
        assertThat(JsonPath.<List<String>>read(detail, "$.contacts[*].date")).containsExactly("2025-06-20", "2025-08-05");
        assertThat(JsonPath.<List<String>>read(detail, "$.contacts[0].issues")).containsExactly("LATENESS", "FATIGUE");
        String calendar = page("alpha.admin", base);
        assertThat(calendar).contains("令和7年6月 (2025-06)", "令和7年9月 (2025-09)", "遅刻", "疲労", "服薬", "就職先", "この月の支援の記録はありません。",
                "6か月前に離職", "令和7年9月30日 (2025-09-30) に離職");

        // isolation
        json("beta.admin", get(TRAINING + "/placements", office), 404);
        json("beta.admin", get(TRAINING + "/placements/{p}", office, placementId), 404);
        json("beta.admin", get(TRAINING + "/retention/{y}", office, 2026), 404);
        json("beta.admin", body(post(TRAINING + "/placements", office), hire(person, "2025-06-02", null)), 404);
        mvc.perform(get("/offices/" + office + "/training/placements").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        UUID without = office(ALPHA, "1310000005");
        json("alpha.admin", get(TRAINING + "/placements", without), 404);
        json("alpha.admin", get(TRAINING + "/retention/{y}", without, 2026), 404);
        mvc.perform(get("/offices/" + without + "/training/placements").with(uiUser("alpha.admin"))).andExpect(status().isNotFound());
        json("alpha.auditor", get(TRAINING + "/placements", office), 403);
        json("alpha.auditor", body(post(TRAINING + "/placements", office), hire(person, "2025-06-02", null)), 403);
        json("alpha.auditor", body(put(TRAINING + "/capacities/{y}", office, 2025), """
                {"capacity": 20}"""), 403);
        assertThat(placements(office)).isOne();
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where resource in ('placement', 'placement_contact') and subject_person_id = ?", Long.class,
                person))).isGreaterThanOrEqualTo(5);
    }
}
