package jp.tsunagu.wages;

import static jp.tsunagu.wages.WagesFixtures.activity;
import static jp.tsunagu.wages.WagesFixtures.attendanceClosed;
import static jp.tsunagu.wages.WagesFixtures.entered;
import static jp.tsunagu.wages.WagesFixtures.entry;
import static jp.tsunagu.wages.WagesFixtures.payRule;
import static jp.tsunagu.wages.WagesFixtures.typeBUser;
import static jp.tsunagu.wages.WagesFixtures.workedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The run starts when the office closes its service records: the month becomes due, with what a preview found, and the
 * first screen lists it until the run is closed. Offices of their own (made here), so months are free.
 */
class WagesHomeIT extends IntegrationTest {
    private static final String TILE = "data-tile=\"wages.home.runs\"";

    /** The month's due row once the listener (after the close's commit, asynchronously) has written it. */
    private String due(UUID office, String month) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var found = inTenant(ALPHA, () -> jdbc.queryForList("select outcome, shortfall from wages_month_due where office_id = ? and due_month = ?::date",
                    office, month + "-01"));
            if (!found.isEmpty()) {
                return found.getFirst().get("outcome") + " " + found.getFirst().get("shortfall");
            }
            Thread.sleep(100);
        }
        return "none";
    }

    private String tile(UUID office) throws Exception {
        String page = mvc.perform(get("/").param("office", office.toString()).with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int start = page.indexOf(TILE);
        return start < 0 ? "" : page.substring(start, page.indexOf("</article>", start));
    }

    @Test
    @DisplayName("closing the records starts the run: a month the pool can pay is due (確定できます), one too small is flagged with its shortfall (780 円); both on the first screen until closed; an office without the module gets none")
    void closedRecordsMakeTheRunDue() throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "工賃ホーム作業所", "TYPE_B", "planning", "workspace", "wages");
        payRule(mvc, "alpha.admin", office, "2026-04", "{\"basis\": \"HOURLY\", \"ratePerHour\": 220}");
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "ホームB型", "TYPE_B");
        UUID user = typeBUser(mvc, "alpha.admin", office, "本多", "ホンダ", "2026-04-01", "2027-03-31");
        UUID shop = activity(mvc, "alpha.admin", office, "直売");
        workedDay(mvc, "alpha.admin", office, user, group, "2026-08-03", "10:00", "15:00");
        workedDay(mvc, "alpha.admin", office, user, group, "2026-09-01", "10:00", "15:00");
        entered(mvc, "alpha.admin", office, "2026-08", entry(shop, "SALES", "R-0801", "2026-08-31", "直売所", 10_000));
        entered(mvc, "alpha.admin", office, "2026-09", entry(shop, "SALES", "R-0901", "2026-09-30", "直売所", 100));

        attendanceClosed(mvc, "alpha.admin", office, "2026-08");
        attendanceClosed(mvc, "alpha.admin", office, "2026-09");
        assertThat(due(office, "2026-08")).isEqualTo("DISTRIBUTED null");
        assertThat(due(office, "2026-09")).isEqualTo("SHORTFALL 780"); // 220 × 4 h = 880 against 100

        assertThat(tile(office)).contains("工賃の確定", "確定待ち 2か月", "原資不足 1か月", "令和8年8月 (2026-08)", "確定できます",
                "令和8年9月 (2026-09)", "工賃の原資が 780 円不足", "/offices/" + office + "/wages/runs?month=2026-09");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/wages/runs/{m}/close", office, "2026-08"))).andExpect(status().isOk());
        assertThat(tile(office)).contains("確定待ち 1か月").doesNotContain("令和8年8月 (2026-08)");

        UUID without = PlatformFixtures.office(mvc, "alpha.admin", "工賃なし作業所", "TYPE_B", "planning", "workspace");
        attendanceClosed(mvc, "alpha.admin", without, "2026-09");
        Thread.sleep(1_000); // the listener would have run by now
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from wages_month_due where office_id = ?", Long.class, without))).isZero();
        assertThat(tile(without)).isEmpty();
    }
}
