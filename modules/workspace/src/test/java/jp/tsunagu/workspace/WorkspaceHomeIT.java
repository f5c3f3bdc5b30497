package jp.tsunagu.workspace;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import jp.tsunagu.testsupport.PlatformFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The first screen after login, as the workspace fills it: today's attendance at the office and who has not arrived. */
class WorkspaceHomeIT extends IntegrationTest {
    private static final String TILE = "data-tile=\"workspace.home.today\"";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    @Test
    @DisplayName("staff's first screen: 本日の出欠 予定 3 / 出席 1 / 未到着 1 / 欠席 1, the one not arrived named with the group, not the one who checked in nor the absent; the tile links to the board")
    void staffSeeWhoHasNotArrived() throws Exception {
        MovableClock.moveTo(DAY);
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "ホーム出欠作業所", "TYPE_B", "planning", "workspace");
        PlatformFixtures.member(mvc, "alpha.admin", "home.staff", "SUPPORT_STAFF", office);
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "ホームB型", "TYPE_B");
        UUID arrived = person(office, "来所", "ライショ");
        person(office, "未着", "ミチャク");
        UUID absent = person(office, "休養", "キュウヨウ");
        WorkspaceFixtures.checkedIn(mvc, "alpha.admin", office, arrived, DAY.toString(), "09:00", group);
        created(mvc, "alpha.admin", "/api/v1/offices/{o}/workspace/attendance/absence", """
                {"personId": "%s", "date": "%s", "groupId": "%s", "contact": "本人から電話 (体調不良)"}""".formatted(absent, DAY, group), office);

        String tile = tile(mvc.perform(get("/").with(uiUser("home.staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(tile).contains("本日の出欠", "予定 3", "出席 1", "未到着 1", "欠席 1", "未着 一", "ホームB型",
                "href=\"/offices/" + office + "/workspace/board\"", "出欠ボードを開く").doesNotContain("来所 一", "休養 一");
        mvc.perform(get("/").param("lang", "en").with(uiUser("home.staff")))
                .andExpect(content().string(allOf(containsString("Attendance today"), containsString("3 expected"),
                        containsString("1 not arrived"))));
    }

    @Test
    @DisplayName("no attendance tile for a consultation specialist (planning's tiles, not the attendance privilege), another tenant's admin, or where the workspace is off")
    void othersDoNotSeeIt() throws Exception {
        MovableClock.moveTo(DAY);
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "ホーム出欠第二作業所", "TYPE_B", "planning", "workspace");
        PlatformFixtures.member(mvc, "alpha.admin", "home.staff2", "SUPPORT_STAFF", office);
        PlatformFixtures.member(mvc, "alpha.admin", "home.specialist", "CONSULTATION_SPECIALIST", office);
        WorkspaceFixtures.group(mvc, "alpha.admin", office, "ホームB型第二", "TYPE_B");
        person(office, "待機", "タイキ");

        assertThat(tile(mvc.perform(get("/").with(uiUser("home.staff2"))).andReturn().getResponse().getContentAsString())).contains("待機 一");
        mvc.perform(get("/").with(uiUser("home.specialist")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ホーム出欠第二作業所"), containsString("data-tile=\"planning.home.monitoring\""),
                        not(containsString(TILE)))));
        mvc.perform(get("/").param("office", office.toString()).with(uiUser("beta.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(TILE)), not(containsString("待機 一")), not(containsString("ホーム出欠第二作業所")))));

        mvc.perform(as("alpha.admin", delete("/api/v1/offices/{o}/modules/workspace", office))).andExpect(status().isOk());
        mvc.perform(get("/").with(uiUser("home.staff2")))
                .andExpect(content().string(allOf(containsString("ホーム出欠第二作業所"), not(containsString(TILE)))));
    }

    /** The attendance tile of a page (fails if it has none): the planning tiles list the same persons for their own reasons. */
    private static String tile(String page) {
        int start = page.indexOf(TILE);
        assertThat(start).as("the page has the attendance tile").isNotNegative();
        return page.substring(start, page.indexOf("</article>", start));
    }

    private UUID person(UUID office, String family, String kana) throws Exception {
        return PlanningFixtures.servedPerson(mvc, "alpha.admin", office, family, kana, "TYPE_B", PlanningFixtures.newNumber());
    }
}
