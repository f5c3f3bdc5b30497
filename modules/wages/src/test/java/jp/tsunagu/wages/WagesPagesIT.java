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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The wages pages with a UI session: the month's ledger with its forms, the pay rules, and the monthly run from preview
 * to close. Months of their own: the ledger 2026-12, the run 2025-10 (rules from 2025-06, stored if missing), a month
 * whose records are open 2023-06.
 */
class WagesPagesIT extends IntegrationTest {

    private UUID works() throws Exception {
        return WagesFixtures.withRulesSince2025June(mvc, office(ALPHA, "1310000005"));
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(uiUser(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long rows(String table) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    @Test
    @DisplayName("the ledger page: an activity and a voucher entered on the page show in the month's balance with 和暦 and grouped yen; an amount of 1.5 is refused with the rule's text and nothing is stored")
    void ledgerPage() throws Exception {
        UUID works = works();
        String base = "/offices/" + works + "/wages/ledger";
        mvc.perform(post(base + "/activities").param("month", "2026-12").param("name", "清掃受託 (画面)").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "?month=2026-12")).andExpect(flash().attribute("message", "作業種目を追加しました。"));
        String empty = page(base + "?month=2026-12", "alpha.admin");
        assertThat(empty).contains("清掃受託 (画面)", "令和8年12月");
        UUID cleaning = UUID.fromString(empty.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\">清掃受託 \\(画面\\)</option>.*", "$1"));
        mvc.perform(post(base + "/entries").param("month", "2026-12").param("activityId", cleaning.toString()).param("category", "CONTRACT_INCOME")
                        .param("voucherNumber", "R-1201").param("date", "2026-12-01").param("partner", "市役所 管財課").param("amount", "１２３４５６")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "?month=2026-12")).andExpect(flash().attribute("message", "伝票を記帳しました。"));
        long entries = rows("production_entry");
        mvc.perform(post(base + "/entries").param("month", "2026-12").param("activityId", cleaning.toString()).param("category", "SALES")
                        .param("voucherNumber", "R-1202").param("date", "2026-12-02").param("partner", "直売").param("amount", "1.5")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "?month=2026-12"))
                .andExpect(flash().attribute("error", containsString("金額は円単位の整数で入力してください (1.5 は使えません)。")));
        assertThat(rows("production_entry")).isEqualTo(entries);
        String month = page(base + "?month=2026-12", "alpha.admin");
        assertThat(month).contains("data-voucher=\"R-1201\"", "令和8年12月1日", "市役所 管財課", "受託収入", "123,456円");
        // the auditor has no privilege of the ledger; another tenant's admin does not find the office
        mvc.perform(get(base).with(uiUser("alpha.auditor"))).andExpect(status().isForbidden());
        mvc.perform(get(base).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/offices/" + office(BETA, "2710000001") + "/wages/ledger").with(uiUser("alpha.admin"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("the pay rules page: a version saved on the page lists with its basis and rate; a daily rule without its rate is refused naming it; the page offers no deduction")
    void payRulesPage() throws Exception {
        UUID works = works();
        String base = "/offices/" + works + "/wages/pay-rules";
        mvc.perform(post(base).param("effectiveMonth", "2027-03").param("basis", "HOURLY").param("ratePerHour", "230").param("rounding", "TRUNCATE")
                        .param("note", "第5条改定").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("message", "工賃規程を登録しました。"));
        long stored = rows("pay_rule");
        mvc.perform(post(base).param("effectiveMonth", "2027-04").param("basis", "DAILY").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("error", containsString("この支払方法には単価が必要です")));
        assertThat(rows("pay_rule")).isEqualTo(stored);
        String page = page(base, "alpha.admin");
        assertThat(page).contains("data-month=\"2027-03\"", "令和9年3月", "時間給", "時給 230円", "第5条改定", "減額や罰則は設定できません")
                .doesNotContain("name=\"deductions");
        mvc.perform(get(base).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("the run page: a month whose records are open says so; a closed month previews each user's 工賃 by kana and closes from the page, then shows who closed it and links the payslips (one print file, one user's), the workbook, the 工賃台帳 and the 生産活動シート")
    void runPage() throws Exception {
        UUID works = works();
        String base = "/offices/" + works + "/wages/runs";
        assertThat(page(base + "?month=2023-06", "alpha.admin")).contains("2023-06 の実績記録がまだ締められていません。");

        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", works, "B型 軽作業 (2025年10月)", "TYPE_B");
        UUID sato = typeBUser(mvc, "alpha.admin", works, "佐藤", "サトウ", "2025-04-01", "2026-03-31");
        UUID ito = typeBUser(mvc, "alpha.admin", works, "伊藤", "イトウ", "2025-04-01", "2026-03-31");
        workedDay(mvc, "alpha.admin", works, sato, group, "2025-10-06", "10:00", "15:00");
        workedDay(mvc, "alpha.admin", works, sato, group, "2025-10-07", "10:00", "15:00");
        workedDay(mvc, "alpha.admin", works, ito, group, "2025-10-06", "10:00", "15:00");
        UUID farm = activity(mvc, "alpha.admin", works, "農作業 (2025年10月)");
        entered(mvc, "alpha.admin", works, "2025-10", entry(farm, "SALES", "R-2510", "2025-10-31", "野菜の直売", 30_000));
        attendanceClosed(mvc, "alpha.admin", works, "2025-10");

        String preview = page(base + "?month=2025-10", "alpha.admin");
        assertThat(preview).contains("試算 (まだ確定していません)", "令和7年10月", "30,000円", "8時間00分", "4時間00分")
                .containsSubsequence("イトウ ハジメ", "サトウ ハジメ") // by kana
                .contains("10,000円", "20,000円") // 220 × 4 h + 9,120 = 10,000; 220 × 8 h + 18,240 = 20,000
                .contains("この月の工賃を確定する");
        mvc.perform(post(base + "/close").param("month", "2025-10").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "?month=2025-10"))
                .andExpect(flash().attribute("message", "2025-10 の工賃を確定しました (支払総額 30,000 円)。"));
        String closed = page(base + "?month=2025-10", "alpha.admin");
        assertThat(closed).contains("alpha.admin が確定", "工賃明細書を印刷 (全員)", "工賃台帳").doesNotContain("この月の工賃を確定する");
        // the documents as the page links them: everyone's payslips, one user's, the month's workbook, the 生産活動シート
        String documents = "/offices/" + works + "/wages/documents";
        byte[] all = mvc.perform(get(documents + "/payslips.pdf").param("month", "2025-10").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] one = mvc.perform(get(documents + "/payslips.pdf").param("month", "2025-10").param("personId", sato.toString())
                .with(uiUser("alpha.admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var a = org.apache.pdfbox.Loader.loadPDF(all); var o = org.apache.pdfbox.Loader.loadPDF(one)) {
            assertThat(a.getNumberOfPages()).isEqualTo(2);
            assertThat(o.getNumberOfPages()).isOne();
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(o))
                    .contains("工賃明細書", "佐藤 一", "時間給", "20,000");
        }
        mvc.perform(get(documents + "/workbook.xlsx").param("month", "2025-10").with(uiUser("alpha.admin"))).andExpect(status().isOk());
        mvc.perform(get(documents + "/ledger-book.pdf").param("personId", ito.toString()).param("year", "2025").with(uiUser("alpha.admin")))
                .andExpect(status().isOk());
        assertThat(page("/offices/" + works + "/wages/ledger?month=2025-10", "alpha.admin")).contains("令和7年度 (FY2025) 生産活動シート (Excel)");
        mvc.perform(get(documents + "/production-sheet.xlsx").param("year", "2025").with(uiUser("alpha.admin"))).andExpect(status().isOk());
        mvc.perform(get(documents + "/payslips.pdf").param("month", "2025-10").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(uiUser("alpha.auditor"))).andExpect(status().isForbidden());
        mvc.perform(get(base).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
    }
}
