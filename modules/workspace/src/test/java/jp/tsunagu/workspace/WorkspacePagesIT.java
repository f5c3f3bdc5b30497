package jp.tsunagu.workspace;

import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The workspace pages with a UI session: board, tablet check-in and out (with a PIN), configuration, sheets. */
class WorkspacePagesIT extends IntegrationTest {

    private UUID created(MockHttpServletRequestBuilder request, String body) throws Exception {
        return UUID.fromString(JsonPath.read(mvc.perform(as("alpha.admin", request.contentType("application/json").content(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id"));
    }

    private UUID person(UUID office, String family, String kana, String type, String number) throws Exception {
        return PlanningFixtures.servedPerson(mvc, "alpha.admin", office, family, kana, type, number);
    }

    @Test
    @DisplayName("the tablet: the kana row finds the name, a tap checks in and out (the PIN when set), the board shows it; an employed A型 user is refused a B型 area with the rule's message")
    void tabletAndBoard() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        String base = "/offices/" + works + "/workspace";
        UUID typeB = created(post("/api/v1/offices/{o}/workspace/groups", works), "{\"name\": \"B型(タブレット)\", \"kind\": \"TYPE_B\"}");
        UUID typeA = created(post("/api/v1/offices/{o}/workspace/groups", works), "{\"name\": \"A型(タブレット)\", \"kind\": \"EMPLOYED_A\"}");
        UUID room = created(post("/api/v1/offices/{o}/workspace/places", works), "{\"type\": \"AREA\", \"name\": \"作業室(タブレット)\"}");
        created(post("/api/v1/offices/{o}/workspace/assignments", works), """
                {"groupId": "%s", "placeId": "%s", "startsAt": "00:00", "endsAt": "23:59", "validFrom": "2026-04-01"}""".formatted(typeB, room));
        UUID person = person(works, "軽部", "ガルベ", "TYPE_B", "1310550201"); // ガ files under カ
        UUID employee = person(works, "雇田", "ヤトイダ", "TYPE_A", "1310550202");
        mvc.perform(get(base + "/tablet").param("row", "カ").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("軽部 一"), not(containsString("雇田 一")))));
        mvc.perform(get(base + "/tablet/" + person).with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("出席"), containsString("作業室(タブレット)"))));
        mvc.perform(post(base + "/tablet/" + person + "/in").param("name", "軽部 一").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "/tablet/" + person)) // a form without its group: the rule, not an error page
                .andExpect(flash().attribute("error", "groupId は必須です。"));
        mvc.perform(post(base + "/tablet/" + employee + "/in").param("groupId", typeA.toString()).param("areaId", room.toString())
                        .param("name", "雇田 一").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "/tablet/" + employee))
                .andExpect(flash().attribute("error", containsString("作業場所と作業内容を分けなければなりません")));
        mvc.perform(put("/api/v1/offices/{o}/workspace/persons/{p}/pin", works, person).header("Authorization", "Bearer " + TestTokens.token("alpha.admin"))
                .contentType("application/json").content("{\"pin\": \"12a4\"}")).andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/offices/{o}/workspace/persons/{p}/pin", works, person).header("Authorization", "Bearer " + TestTokens.token("alpha.admin"))
                .contentType("application/json").content("{\"pin\": \"2468\"}")).andExpect(status().isNoContent());
        mvc.perform(post(base + "/tablet/" + person + "/in").param("groupId", typeB.toString()).param("pin", "1111").param("name", "軽部 一")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("error", "暗証番号が違います。"));
        mvc.perform(post(base + "/tablet/" + person + "/in").param("groupId", typeB.toString()).param("areaId", room.toString())
                        .param("pin", "2468").param("name", "軽部 一").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "/tablet"))
                .andExpect(flash().attribute("message", containsString("軽部 一 さん、")));
        mvc.perform(get(base + "/board/live").with(uiUser("alpha.staff"))).andExpect(status().isNotFound()); // works at another office
        String board = mvc.perform(get(base + "/board/live").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(board).doesNotContain("<header").contains("data-person=\"" + person + "\" data-state=\"IN\"")
                .contains("data-person=\"" + employee + "\" data-state=\"EXPECTED\"").contains("任意保険なし");
        // check-out a minute or more after check-in: a second person came at midnight (entered by staff)
        UUID early = person(works, "早出", "ハヤデ", "TYPE_B", "1310550204");
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        created(post("/api/v1/offices/{o}/workspace/attendance/check-in", works), """
                {"personId": "%s", "date": "%s", "time": "00:00", "groupId": "%s"}""".formatted(early, today, typeB));
        mvc.perform(post(base + "/tablet/" + early + "/out").param("meal", "on").param("name", "早出 一")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "/tablet"))
                .andExpect(flash().attribute("message", containsString("早出 一 さん、")));
        mvc.perform(get(base + "/board").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("hx-trigger=\"every 5s\""),
                        containsString("data-person=\"" + early + "\" data-state=\"OUT\""))));
        mvc.perform(get(base + "/board").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/tablet/" + person).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("configuration: groups, areas, slots; a slot held by a separated group is refused with the rule; each group's shift table is its own page")
    void configuration() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        String base = "/offices/" + works + "/workspace";
        mvc.perform(post(base + "/config/groups").param("name", "B型(画面)").param("kind", "TYPE_B").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "グループを追加しました。"));
        mvc.perform(post(base + "/config/groups").param("name", "A型(画面)").param("kind", "EMPLOYED_A").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "グループを追加しました。"));
        mvc.perform(post(base + "/config/places").param("type", "AREA").param("name", "作業室1(画面)").param("floorArea", "32.5")
                .with(uiUser("alpha.admin")).with(csrf())).andExpect(flash().attribute("message", "作業場所・作業内容を追加しました。"));
        String groups = mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/workspace/groups", works))).andReturn().getResponse().getContentAsString();
        String places = mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/workspace/places", works))).andReturn().getResponse().getContentAsString();
        String b = ((java.util.List<String>) JsonPath.read(groups, "$[?(@.name=='B型(画面)')].id")).get(0);
        String a = ((java.util.List<String>) JsonPath.read(groups, "$[?(@.name=='A型(画面)')].id")).get(0);
        String room = ((java.util.List<String>) JsonPath.read(places, "$[?(@.name=='作業室1(画面)')].id")).get(0);
        mvc.perform(post(base + "/config/assignments").param("groupId", b).param("placeId", room).param("startsAt", "09:00").param("endsAt", "12:00")
                .param("validFrom", "2026-04-01").with(uiUser("alpha.admin")).with(csrf())).andExpect(flash().attribute("message", "時間帯を割り当てました。"));
        mvc.perform(post(base + "/config/assignments").param("groupId", a).param("placeId", room).param("startsAt", "10:00").param("endsAt", "15:00")
                .param("validFrom", "2026-04-01").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("B型(画面)")));
        mvc.perform(post(base + "/config/groups").param("name", "x").param("kind", "TYPE_B").with(uiUser("alpha.staff")).with(csrf()))
                .andExpect(status().isNotFound()); // not alpha.staff's office
        mvc.perform(get(base + "/groups/" + b + "/shift-table").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("B型(画面)"), containsString("09:00〜12:00"), not(containsString("A型(画面)")))));
        mvc.perform(get(base + "/groups/" + a + "/shift-table").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("割り当てはまだありません"), not(containsString("09:00〜12:00")))));
        mvc.perform(get(base + "/config").with(uiUser("alpha.admin")).header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Groups, areas and contents")));
    }

    @Test
    @DisplayName("the monthly sheets page: everyone's days against the amount, a person's sheet, the signature or paper confirmation, the close")
    void sheets() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        String base = "/offices/" + works + "/workspace";
        UUID group = created(post("/api/v1/offices/{o}/workspace/groups", works), "{\"name\": \"B型(記録票)\", \"kind\": \"TYPE_B\"}");
        UUID person = person(works, "記録", "キロク", "TYPE_B", "1310550203");
        created(post("/api/v1/offices/{o}/workspace/attendance/check-in", works), """
                {"personId": "%s", "date": "2026-08-03", "time": "09:00", "groupId": "%s"}""".formatted(person, group));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/workspace/attendance/check-out", works).contentType("application/json")
                .content("{\"personId\": \"%s\", \"date\": \"2026-08-03\", \"time\": \"15:00\", \"breakMinutes\": 60}".formatted(person))))
                .andExpect(status().isOk());
        mvc.perform(get(base + "/sheets").param("month", "2026-08").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("令和8年8月"), containsString("記録 一"), containsString("1 / 23"))));
        mvc.perform(get(base + "/sheets/" + person).param("month", "2026-08").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("signature-pad"), containsString("300"))));
        mvc.perform(post(base + "/sheets/" + person + "/confirm").param("month", "2026-08").param("method", "TABLET")
                .param("signature", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "本人の確認を記録しました。"));
        mvc.perform(get(base + "/sheets/" + person).param("month", "2026-08").with(uiUser("alpha.admin")))
                .andExpect(content().string(allOf(containsString("タブレットで署名"), not(containsString("signature-pad")))));
        byte[] pdf = mvc.perform(get(base + "/sheets/pdf").param("month", "2026-08").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(post(base + "/sheets/close").param("month", "2026-08").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "2026-08 を締めました。"));
        mvc.perform(get(base + "/sheets").param("month", "2026-08").with(uiUser("alpha.admin")))
                .andExpect(content().string(allOf(containsString("この月は締め済みです"), not(containsString("この月を締める")))));
        mvc.perform(get(base + "/sheets/" + person).param("month", "2026-08").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("staff correct a record on its page (a reason required; the history shows before and after) and record an absence with the response given from the board")
    void correctionAndAbsencePages() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        String base = "/offices/" + works + "/workspace";
        UUID group = created(post("/api/v1/offices/{o}/workspace/groups", works), "{\"name\": \"B型(訂正画面)\", \"kind\": \"TYPE_B\"}");
        UUID person = person(works, "画面", "ガメン", "TYPE_B", "1310550205");
        UUID absent = person(works, "休日", "キュウジツ", "TYPE_B", "1310550206");
        UUID record = created(post("/api/v1/offices/{o}/workspace/attendance/check-in", works), """
                {"personId": "%s", "date": "2026-08-12", "time": "10:00", "groupId": "%s"}""".formatted(person, group));
        mvc.perform(get(base + "/board").param("date", "2026-08-12").with(uiUser("alpha.admin")))
                .andExpect(content().string(allOf(containsString(base + "/records/" + record),
                        containsString(base + "/absences/" + absent + "?date=2026-08-12&amp;groupId=" + group))));
        mvc.perform(post(base + "/records/" + record).param("checkIn", "09:30").param("checkOut", "15:00").param("breakMinutes", "60")
                        .param("reason", " ").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "/records/" + record))
                .andExpect(flash().attribute("error", "reason: 訂正の理由を入力してください。"));
        mvc.perform(post(base + "/records/" + record).param("checkIn", "09:30").param("checkOut", "15:00").param("breakMinutes", "60")
                        .param("meal", "on").param("reason", "打刻漏れ (連絡帳で確認)").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "記録を訂正しました。"));
        mvc.perform(get(base + "/records/" + record).with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("打刻漏れ (連絡帳で確認)"), containsString("10:00〜— (—)"),
                        containsString("09:30〜15:00 (270)"))));
        mvc.perform(get(base + "/absences/" + absent).param("date", "2026-08-12").param("groupId", group.toString()).with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("休日 一")));
        mvc.perform(post(base + "/absences/" + absent).param("date", "2026-08-12").param("groupId", group.toString())
                        .param("contact", "8:50 母より電話").param("response", "通院の付き添いと聞き、次回の通所日を確認").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "/board?date=2026-08-12"))
                .andExpect(flash().attribute("message", "欠席を記録しました。"));
        mvc.perform(get(base + "/board").param("date", "2026-08-12").with(uiUser("alpha.admin")))
                .andExpect(content().string(containsString("data-person=\"" + absent + "\" data-state=\"ABSENT\"")));
        mvc.perform(get(base + "/records/" + record).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
    }
}
