package jp.tsunagu.wages;

import static jp.tsunagu.wages.WagesFixtures.activity;
import static jp.tsunagu.wages.WagesFixtures.attendanceClosed;
import static jp.tsunagu.wages.WagesFixtures.entered;
import static jp.tsunagu.wages.WagesFixtures.entry;
import static jp.tsunagu.wages.WagesFixtures.payRule;
import static jp.tsunagu.wages.WagesFixtures.typeBUser;
import static jp.tsunagu.wages.WagesFixtures.workedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The payout pages with a UI session, at an office of their own: methods, the requester, the file, the receipts. */
class PayoutPagesIT extends IntegrationTest {

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(uiUser("alpha.admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("paying a closed month on the pages: a transfer account typed in full-width kana is kept as the file carries it, one in kanji is refused naming the field and nothing stored; cash with a receipt on paper; the 総合振込 file and the receipts PDF download; another tenant 404")
    void payingAMonth() throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "支払画面作業所", "TYPE_B", "planning", "workspace", "wages");
        payRule(mvc, "alpha.admin", office, "2026-04", "{\"basis\": \"HOURLY\", \"ratePerHour\": 220}");
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "B型", "TYPE_B");
        UUID yamada = typeBUser(mvc, "alpha.admin", office, "山田", "ヤマダ", "2026-04-01", "2027-03-31");
        UUID kimura = typeBUser(mvc, "alpha.admin", office, "木村", "キムラ", "2026-04-01", "2027-03-31");
        workedDay(mvc, "alpha.admin", office, yamada, group, "2026-07-06", "10:00", "15:00");
        workedDay(mvc, "alpha.admin", office, kimura, group, "2026-07-06", "10:00", "15:00");
        entered(mvc, "alpha.admin", office, "2026-07", entry(activity(mvc, "alpha.admin", office, "受託"), "SALES", "R-1", "2026-07-31", "直売", 20_000));
        attendanceClosed(mvc, "alpha.admin", office, "2026-07");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/wages/runs/{m}/close", office, "2026-07"))).andExpect(status().isOk());

        String base = "/offices/" + office + "/wages/payout";
        assertThat(page(base + "?month=2026-07")).contains("支払方法が未設定の利用者が 2人います", "ヤマダ ハジメ", "10,000円");
        mvc.perform(post(base + "/methods/" + yamada).param("month", "2026-07").param("effectiveMonth", "2026-07").param("method", "BANK_TRANSFER")
                        .param("bankCode", "0001").param("bankNameKana", "みずほ").param("branchCode", "１２３").param("branchNameKana", "シブヤ")
                        .param("accountType", "ORDINARY").param("accountNumber", "1234567").param("holderNameKana", "山田 一")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("「山」")));
        assertThat(page(base + "/methods/" + yamada + "?month=2026-07")).contains("山田 一").doesNotContain("****567");
        mvc.perform(post(base + "/methods/" + yamada).param("month", "2026-07").param("effectiveMonth", "2026-07").param("method", "BANK_TRANSFER")
                        .param("bankCode", "0001").param("bankNameKana", "みずほ").param("branchCode", "１２３").param("branchNameKana", "シブヤ")
                        .param("accountType", "ORDINARY").param("accountNumber", "1234567").param("holderNameKana", "ヤマダ　ハジメ")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "支払方法を登録しました。"));
        mvc.perform(post(base + "/methods/" + kimura).param("month", "2026-07").param("effectiveMonth", "2026-07").param("method", "CASH")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "支払方法を登録しました。"));
        mvc.perform(post(base + "/requester").param("month", "2026-07").param("code", "123456789").param("nameKana", "ツナグカイ")
                        .param("bankCode", "0005").param("bankNameKana", "ミツビシ").param("branchCode", "001").param("branchNameKana", "ホンテン")
                        .param("accountType", "ORDINARY").param("accountNumber", "7654321").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "振込依頼人を登録しました。"));

        String payout = page(base + "?month=2026-07");
        assertThat(payout).contains("口座振込", "ﾐｽﾞﾎ", "****567", "現金 (受領書)", "受領待ち", "タブレットで署名").doesNotContain("未設定の利用者");
        String file = new String(mvc.perform(get(base + "/bank-file").param("month", "2026-07").param("transferDate", "2026-08-05")
                .with(uiUser("alpha.admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), Charset.forName("Shift_JIS"));
        assertThat(file).startsWith("1210").contains("ﾔﾏﾀﾞ ﾊｼﾞﾒ", "0000010000").doesNotContain("ｷﾑﾗ");
        assertThat(page(base + "/" + kimura + "/receipt?month=2026-07")).contains("木村 一", "signature-pad", "10,000円");
        mvc.perform(post(base + "/" + kimura + "/receipt").param("month", "2026-07").param("method", "PAPER").param("receivedOn", "2026-08-05")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "受領を記録しました。"));
        assertThat(page(base + "?month=2026-07")).contains("受領済み");
        assertThat(mvc.perform(get(base + "/receipts.pdf").param("month", "2026-07").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentType()).isEqualTo("application/pdf");

        assertThat(page(base + "?month=2026-06")).contains("class=\"error\""); // not closed: said on the page
        mvc.perform(get(base).param("month", "2026-07").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/bank-file").param("month", "2026-07").param("transferDate", "2026-08-05").with(uiUser("beta.admin")))
                .andExpect(status().isNotFound());
    }
}
