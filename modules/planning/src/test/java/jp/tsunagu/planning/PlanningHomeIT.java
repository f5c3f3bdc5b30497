package jp.tsunagu.planning;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import jp.tsunagu.testsupport.PlatformFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The first screen after login, as planning fills it: the monitorings overdue and due within 30 days at the office. */
class PlanningHomeIT extends IntegrationTest {
    private static final String TILE = "data-tile=\"planning.home.monitoring\"";

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    /** A login with a password only, where the tenant requires a second factor for personal data. */
    private static RequestPostProcessor passwordOnly(String username) {
        return SecurityMockMvcRequestPostProcessors.oidcLogin()
                .idToken(t -> t.claim("preferred_username", username).claim("amr", List.of("pwd")));
    }

    @Test
    @DisplayName("a service manager's first screen on 2026-10-11: 期限切れ 1件 naming the person and 令和8年10月10日 (2026-10-10), 30日以内 1件, not the plan due in December; the tile links to the monitoring page")
    void serviceManagerSeesTheMonitoringsDue() throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "ホーム計画作業所", "TYPE_B", "planning");
        PlatformFixtures.member(mvc, "alpha.admin", "home.manager", "SERVICE_MANAGER", office);
        served(office, "期限", "キゲン", LocalDate.of(2026, 4, 10)); // B型: every 6 months → due 2026-10-10
        served(office, "間近", "マヂカ", LocalDate.of(2026, 5, 1)); // due 2026-11-01
        served(office, "先々", "サキザキ", LocalDate.of(2026, 6, 1)); // due 2026-12-01: beyond 30 days
        MovableClock.moveTo(LocalDate.of(2026, 10, 11));

        mvc.perform(get("/").with(uiUser("home.manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(TILE), containsString("個別支援計画: モニタリング"),
                        containsString("期限切れ 1件"), containsString("30日以内 1件"),
                        containsString("期限 一"), containsString("令和8年10月10日 (2026-10-10)"), containsString("1日超過"),
                        containsString("間近 一"), containsString("令和8年11月1日 (2026-11-01)"), containsString("あと21日"),
                        not(containsString("先々 一")),
                        containsString("href=\"/offices/" + office + "/planning/monitoring\""),
                        containsString("モニタリング予定を開く"))));
        mvc.perform(get("/").param("lang", "en").with(uiUser("home.manager")))
                .andExpect(content().string(allOf(containsString("Support plans: monitoring"), containsString("1 overdue"),
                        containsString("1 due within 30 days"))));
    }

    @Test
    @DisplayName("the plans to make or finish: a person served without a plan (計画なし 1名, first), a plan still a draft (交付前 1件, 作成中), each linking to its page; a delivered plan is not listed")
    void serviceManagerSeesThePlansToMake() throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "ホーム計画第三作業所", "TYPE_B", "planning");
        PlatformFixtures.member(mvc, "alpha.admin", "home.manager3", "SERVICE_MANAGER", office);
        UUID without = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "無計", "ムケイ", "TYPE_B", PlanningFixtures.newNumber());
        UUID drafted = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, "下書", "シタガキ", "TYPE_B", PlanningFixtures.newNumber());
        UUID draft = PlanningFixtures.draftPlan(mvc, "alpha.admin", office, drafted, "TYPE_B", LocalDate.of(2027, 3, 31));
        served(office, "済済", "スミズミ", LocalDate.of(2026, 9, 1)); // next monitoring 2027-03-01: in no tile
        MovableClock.moveTo(LocalDate.of(2026, 10, 11));

        mvc.perform(get("/").with(uiUser("home.manager3")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-tile=\"planning.home.plans\""), containsString("個別支援計画: 作成・交付"),
                        containsString("計画なし 1名"), containsString("交付前 1件"),
                        containsString("href=\"/offices/" + office + "/planning/persons/" + without + "\">無計 一</a>"),
                        containsString("href=\"/offices/" + office + "/planning/plans/" + draft + "\">下書 一</a>"), containsString("作成中"),
                        not(containsString("済済 一")), containsString("href=\"/offices/" + office + "/planning/persons\""))));
    }

    @Test
    @DisplayName("the tile shows nothing of the office to another tenant's admin, to an auditor (no planning privilege), nor where planning is off; a password-only login gets the counts without the names")
    void othersDoNotSeeIt() throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "ホーム計画第二作業所", "TYPE_B", "planning");
        PlatformFixtures.member(mvc, "alpha.admin", "home.manager2", "SERVICE_MANAGER", office);
        served(office, "遅延", "チエン", LocalDate.of(2026, 4, 10));
        MovableClock.moveTo(LocalDate.of(2026, 10, 11));

        mvc.perform(get("/").with(uiUser("home.manager2")))
                .andExpect(content().string(allOf(containsString(TILE), containsString("遅延 一"))));
        mvc.perform(get("/").param("office", office.toString()).with(uiUser("beta.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("遅延 一")), not(containsString(office.toString())),
                        not(containsString("ホーム計画第二作業所")))));
        mvc.perform(get("/").param("office", office.toString()).with(uiUser("alpha.auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ホーム計画第二作業所"), not(containsString(TILE)),
                        not(containsString("遅延 一")))));
        mvc.perform(get("/").with(passwordOnly("home.manager2")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(TILE), containsString("期限切れ 1件"), not(containsString("遅延 一")))));

        mvc.perform(as("alpha.admin", delete("/api/v1/offices/{o}/modules/planning", office))).andExpect(status().isOk());
        mvc.perform(get("/").with(uiUser("home.manager2")))
                .andExpect(content().string(allOf(containsString("ホーム計画第二作業所"), not(containsString(TILE)), not(containsString("遅延 一")))));
    }

    private void served(UUID office, String family, String kana, LocalDate delivered) throws Exception {
        UUID person = PlanningFixtures.servedPerson(mvc, "alpha.admin", office, family, kana, "TYPE_B", PlanningFixtures.newNumber());
        PlanningFixtures.deliveredPlan(mvc, "alpha.admin", office, person, "TYPE_B", delivered);
    }
}
