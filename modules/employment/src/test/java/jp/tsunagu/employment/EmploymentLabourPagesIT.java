package jp.tsunagu.employment;

import static jp.tsunagu.employment.EmploymentFixtures.clocked;
import static jp.tsunagu.employment.EmploymentFixtures.contract;
import static jp.tsunagu.employment.EmploymentFixtures.employedUser;
import static jp.tsunagu.employment.EmploymentFixtures.recordsClosed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import jp.tsunagu.testsupport.PlatformFixtures;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The payroll, insurance, paid-leave and score pages with a UI session, at an office of their own in 東京 (1,300 yen an
 * hour, commuting 3,000 yen), the month of September 2026 as in {@code PayrollDocumentsIT}: 小川 4 h, 9 h 20 min and 3 h
 * on a Sunday, 相田 7 h 30 min, 30 min of it after 22:00.
 */
class EmploymentLabourPagesIT extends IntegrationTest {

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(uiUser(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String page(String path, String user, MvcResult after) throws Exception {
        return mvc.perform(get(path).with(uiUser(user)).flashAttrs(after.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long rows(String table, UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table + " where office_id = ?", Long.class, office));
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private record September(UUID office, UUID ogawa, UUID aida) {
    }

    private September september(String name) throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", name, "TOKYO", "13");
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "A型 検品 (" + name + ")", "EMPLOYED_A");
        UUID ogawa = employedUser(mvc, "alpha.admin", office, "小川", "オガワ", "2026-04-01", "2027-03-31");
        UUID aida = employedUser(mvc, "alpha.admin", office, "相田", "アイダ", "2026-04-01", "2027-03-31");
        for (UUID p : List.of(ogawa, aida)) {
            mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/employment/contracts", office).contentType("application/json")
                    .content(contract(p, "2026-09-01", null, 1_300)))).andExpect(status().isCreated());
        }
        mvc.perform(as("alpha.admin", put("/api/v1/offices/{o}/employment/payroll-profiles/{p}", office, ogawa).contentType("application/json")
                .content("""
                        {"dependents": 0, "disability": true, "employmentInsuranceFrom": "2026-09-01", "residentTaxMonthly": 1000}"""))).andExpect(status().isOk());
        clocked(mvc, "alpha.admin", office, ogawa, group, "2026-09-01", "10:00", "15:00", 60);
        clocked(mvc, "alpha.admin", office, ogawa, group, "2026-09-02", "09:00", "19:20", 60);
        clocked(mvc, "alpha.admin", office, ogawa, group, "2026-09-06", "10:00", "14:00", 60);
        clocked(mvc, "alpha.admin", office, aida, group, "2026-09-03", "14:00", "22:30", 60);
        return new September(office, ogawa, aida);
    }

    @Test
    @DisplayName("the payroll page: while the month's records are open it says so and a close is refused naming month (ja, en), nothing stored; then the preview by kana (小川 16時間20分, 総支給額 26,032円, 差引 24,902円 with every line's trail), closed from the page with the pay date, and the closed month links the payslips (2 pages, 小川's alone 1 page), the 給与一覧 and the 賃金台帳; an adjustment for September is recorded with October (0 yen refused naming amount, nothing stored)")
    void payrollPage() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 10, 5));
        September s = september("東京A型事業所 (給与画面)");
        String base = "/offices/" + s.office() + "/employment/payroll";

        assertThat(page(base + "?month=2026-09", "alpha.admin")).contains("給与計算", "2026-09 の実績記録がまだ締められていません。")
                .doesNotContain("close-form");
        mvc.perform(post(base + "/close").param("month", "2026-09").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "?month=2026-09")).andExpect(flash().attribute("errorField", "month"))
                .andExpect(flash().attribute("error", Matchers.containsString("2026-09 の実績記録がまだ締められていません。")));
        mvc.perform(post(base + "/close").param("month", "2026-09").header("Accept-Language", "en").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("error", Matchers.containsString("month: ")));
        assertThat(rows("payroll_run", s.office())).isZero();

        recordsClosed(mvc, "alpha.admin", s.office(), "2026-09");
        String preview = squeezed(page(base + "?month=2026-09", "alpha.admin")); // the default month: the one before today's
        assertThat(page(base, "alpha.admin")).contains("令和8年9月 (2026-09)");
        assertThat(preview).contains("試算 (未確定)", "令和8年10月25日 (2026-10-25)", "2人", "close-form")
                .containsSubsequence("アイダ ハジメ", "相田 一", "オガワ ハジメ", "小川 一", "16時間20分", "1,300円/時", "26,032円", "1,130円", "24,902円")
                .contains("時間外労働手当", "休日労働手当", "雇用保険料", "住民税")
                .doesNotContain("payslips.pdf");

        MvcResult closed = mvc.perform(post(base + "/close").param("month", "2026-09").param("payDate", "2026-10-23")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "?month=2026-09"))
                .andExpect(flash().attribute("message", Matchers.startsWith("令和8年9月 (2026-09) の給与を確定しました (2人、総支給額 "))).andReturn();
        assertThat(rows("payroll_run", s.office())).isOne();
        String done = squeezed(page(base + "?month=2026-09", "alpha.admin", closed));
        assertThat(done).contains("確定済み", "令和8年10月23日 (2026-10-23)", "/payroll/2026-09/payslips.pdf", "/payroll/2026-09/workbook.xlsx",
                        "/payroll/2026-09/payroll.csv", "transfer-form", "/payroll/2026-09/payslips/" + s.ogawa() + ".pdf",
                        "/wage-ledger/" + s.ogawa() + "/2026.pdf")
                .doesNotContain("close-form", "adjustment-form");

        MockHttpServletResponse all = mvc.perform(get(base + "/2026-09/payslips.pdf").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(all.getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(all.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        }
        MockHttpServletResponse one = mvc.perform(get(base + "/2026-09/payslips/" + s.ogawa() + ".pdf").with(uiUser("alpha.admin"))).andExpect(status().isOk()).andReturn().getResponse();
        try (PDDocument pdf = Loader.loadPDF(one.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isOne();
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", "")).contains("小川一", "24,902円");
        }
        mvc.perform(get(base + "/2026-09/workbook.xlsx").with(uiUser("alpha.admin"))).andExpect(status().isOk());
        mvc.perform(get(base + "/2026-09/payroll.csv").with(uiUser("alpha.admin"))).andExpect(status().isOk());
        mvc.perform(get("/offices/" + s.office() + "/employment/wage-ledger/" + s.ogawa() + "/2026.pdf").with(uiUser("alpha.admin")))
                .andExpect(status().isOk());
        assertThat(inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where action = 'EXPORT' and subject_person_id = ?",
                Long.class, s.ogawa()))).isEqualTo(5);

        // the transfer file needs the requester and the accounts: without them the page says so (not a JSON body)
        mvc.perform(get(base + "/transfer.txt").param("month", "2026-09").param("transferDate", "2026-10-23").with(uiUser("alpha.admin")))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl(base + "?month=2026-09"))
                .andExpect(flash().attribute("error", Matchers.containsString("振込依頼人")));
        // recorded on the accounts page (a 2-digit bank code refused naming it, the form back for the same worker)
        String accounts = "/offices/" + s.office() + "/employment/bank-accounts";
        assertThat(squeezed(page(accounts, "alpha.admin"))).contains("振込依頼人 (委託者コードと振込元口座) が登録されていません。", "requester-form", "account-form")
                .containsSubsequence("アイダ ハジメ", "未登録", "オガワ ハジメ", "未登録");
        mvc.perform(post(accounts).param("personId", s.ogawa().toString()).param("bankCode", "12").param("bankNameKana", "ミツイスミトモ")
                        .param("branchCode", "123").param("branchNameKana", "シンジュク").param("accountType", "ORDINARY").param("accountNumber", "7654321")
                        .param("holderNameKana", "おがわ　はじめ").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(accounts)).andExpect(flash().attribute("errorField", "bankCode"))
                .andExpect(flash().attribute("selectedPerson", s.ogawa()));
        assertThat(rows("payroll_bank_account", s.office())).isZero();
        for (UUID person : List.of(s.ogawa(), s.aida())) {
            mvc.perform(post(accounts).param("personId", person.toString()).param("bankCode", "0009").param("bankNameKana", "ミツイスミトモ")
                            .param("branchCode", "123").param("branchNameKana", "シンジュク").param("accountType", "ORDINARY").param("accountNumber", "7654321")
                            .param("holderNameKana", person.equals(s.ogawa()) ? "おがわ　はじめ" : "アイダ ハジメ").with(uiUser("alpha.admin")).with(csrf()))
                    .andExpect(flash().attribute("message", "振込口座を登録しました。"));
        }
        mvc.perform(post(accounts + "/requester").param("code", "123456789").param("nameKana", "シャカイフクシホウジン　アルファカイ").param("bankCode", "0001")
                        .param("bankNameKana", "ミズホ").param("branchCode", "001").param("branchNameKana", "トウキョウ").param("accountType", "ORDINARY")
                        .param("accountNumber", "1234567").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "振込依頼人を登録しました。"));
        assertThat(squeezed(page(accounts, "alpha.admin"))).contains("0123456789", "ｼﾔｶｲﾌｸｼﾎｳｼﾞﾝ ｱﾙﾌｱｶｲ")
                .containsSubsequence("相田 一", "ﾐﾂｲｽﾐﾄﾓ ｼﾝｼﾞﾕｸ 普通 ****321", "小川 一", "ﾐﾂｲｽﾐﾄﾓ ｼﾝｼﾞﾕｸ 普通 ****321", "ｵｶﾞﾜ ﾊｼﾞﾒ")
                .doesNotContain("7654321");
        MockHttpServletResponse transfer = mvc.perform(get(base + "/transfer.txt").param("month", "2026-09").param("transferDate", "2026-10-23")
                .with(uiUser("alpha.admin"))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(transfer.getHeader("Content-Disposition")).contains("kyuyo-furikomi-2026-09.txt");
        assertThat(transfer.getContentAsByteArray().length).isEqualTo(122 * 5); // header, two payees, trailer, end: 120 bytes and CRLF each

        // October: wages still owed for September, recorded on October's page
        String october = base + "?month=2026-10";
        assertThat(page(october, "alpha.admin")).contains("adjustment-form", "確定済みの月の不足分の支払");
        mvc.perform(post(base + "/adjustments").param("month", "2026-10").param("personId", s.ogawa().toString()).param("correctsMonth", "2026-09")
                        .param("amount", "0").param("reason", "9月の時間外の計上漏れ").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(october)).andExpect(flash().attribute("errorField", "amount"));
        assertThat(rows("payroll_adjustment", s.office())).isZero();
        mvc.perform(post(base + "/adjustments").param("month", "2026-10").param("personId", s.ogawa().toString()).param("correctsMonth", "2026-09")
                        .param("amount", "500").param("reason", "9月の時間外の計上漏れ").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(october)).andExpect(flash().attribute("message", "調整を登録しました。この月の給与に加わります。"));
        assertThat(rows("payroll_adjustment", s.office())).isOne();

        // in English
        String english = mvc.perform(get(base + "?month=2026-09").header("Accept-Language", "en").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Payroll", "Print payslips (everyone)", "Wage ledger");
    }

    @Test
    @DisplayName("the insurance, paid-leave and score pages: without the employer's size the tasks page asks for it, a size of 0 is refused naming employerSize (nothing stored); recorded, a 5-day, 20-hour worker's 雇用保険 資格取得届 is listed with its due date; the paid-leave page shows 10 days granted on 2026-10-01 and records a day (2 days refused naming days); the score page shows the items and records a year's production (a negative revenue refused naming revenue)")
    void otherPages() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 11, 2));
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (労務画面)", "TOKYO", "13");
        UUID kudo = employedUser(mvc, "alpha.admin", office, "工藤", "クドウ", "2026-04-01", "2027-03-31");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/employment/contracts", office).contentType("application/json")
                .content(contract(kudo, "2026-04-01", null, 1_300).replace("\"daysPerWeek\": 4", "\"daysPerWeek\": 5")
                        .replace("\"dailyStart\": \"10:00\"", "\"dailyStart\": \"09:00\"")))).andExpect(status().isCreated());
        String base = "/offices/" + office + "/employment";

        assertThat(page(base + "/insurance", "alpha.admin")).contains("保険の手続", "事業主の従業員数と正社員の所定労働時間・日数が登録されていません。",
                "employer-form");
        mvc.perform(post(base + "/insurance/employer").param("employerSize", "0").param("fullTimeWeeklyHours", "40").param("fullTimeDaysPerWeek", "5")
                .with(uiUser("alpha.admin")).with(csrf())).andExpect(redirectedUrl(base + "/insurance"))
                .andExpect(flash().attribute("errorField", "employerSize"));
        mvc.perform(post(base + "/insurance/employer").param("employerSize", "0").param("fullTimeWeeklyHours", "40").param("fullTimeDaysPerWeek", "5")
                .header("Accept-Language", "en").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("error", Matchers.containsString("employerSize")));
        assertThat(rows("employment_employer", office)).isZero();
        MvcResult saved = mvc.perform(post(base + "/insurance/employer").param("employerSize", "40").param("fullTimeWeeklyHours", "40")
                        .param("fullTimeDaysPerWeek", "5").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "事業主の情報を登録しました。")).andReturn();
        String tasks = squeezed(page(base + "/insurance", "alpha.admin", saved));
        assertThat(tasks).contains("40人", "週40時間・週5日")
                .containsSubsequence("令和8年4月1日 (2026-04-01)", "工藤 一", "雇用保険被保険者資格取得届", "令和8年5月10日 (2026-05-10)", "期限超過");

        // 定時決定 and 随時改定 from the page: a year that is not one is refused naming it; nobody insured on 1 July 2026 → none recorded;
        // a revision needs three paid months from the change → refused naming firstPaidMonth
        assertThat(tasks).contains("annual-form", "revision-form");
        mvc.perform(post(base + "/insurance/annual-determination").param("year", "令和8").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "/insurance")).andExpect(flash().attribute("errorField", "year"));
        mvc.perform(post(base + "/insurance/annual-determination").param("year", "2026").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "2026年の定時決定: 0人を判定し、0人の報酬月額を記録しました。"));
        mvc.perform(post(base + "/insurance/revisions").param("personId", kudo.toString()).param("firstPaidMonth", "2026-08")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "/insurance")).andExpect(flash().attribute("errorField", "firstPaidMonth"));
        assertThat(rows("remuneration_determination", office)).isZero();

        String leave = squeezed(page(base + "/paid-leave", "alpha.admin"));
        assertThat(leave).contains("工藤 一", "令和8年10月1日 (2026-10-01) 付与 10日", "10日");
        mvc.perform(post(base + "/paid-leave/taken").param("personId", kudo.toString()).param("date", "2026-10-20").param("days", "2")
                .with(uiUser("alpha.admin")).with(csrf())).andExpect(redirectedUrl(base + "/paid-leave")).andExpect(flash().attribute("errorField", "days"));
        assertThat(rows("paid_leave_taken", office)).isZero();
        mvc.perform(post(base + "/paid-leave/taken").param("personId", kudo.toString()).param("date", "2026-10-20").param("days", "1")
                .with(uiUser("alpha.admin")).with(csrf())).andExpect(flash().attribute("message", "年次有給休暇の取得を登録しました。"));
        assertThat(squeezed(page(base + "/paid-leave", "alpha.admin"))).contains("(取得 1日、", "9日");

        String score = squeezed(page(base + "/score?year=2027", "alpha.admin"));
        assertThat(score).contains("A型スコア", "令和9年度 (FY2027)", "/score/2027/evidence.pdf?staffing=I", "Ⅰ 労働時間", "Ⅶ 利用者の知識・能力の向上", "未確定 (点数のない項目があります)",
                "前の3年度の生産活動の収支が登録されていません。");
        mvc.perform(post(base + "/score/production").param("year", "2027").param("fiscalYear", "2026").param("revenue", "-1")
                        .param("expenses", "100").param("evidence", "就労支援事業別事業活動明細書").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base + "/score?year=2027")).andExpect(flash().attribute("errorField", "revenue"));
        assertThat(rows("production_result", office)).isZero();
        mvc.perform(post(base + "/score/production").param("year", "2027").param("fiscalYear", "2026").param("revenue", "9000000")
                        .param("expenses", "3000000").param("wagesPaid", "7000000").param("evidence", "就労支援事業別事業活動明細書")
                        .param("planDeadline", "2027-06-30").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "生産活動の収支を登録しました。"));
        assertThat(squeezed(page(base + "/score?year=2027", "alpha.admin"))).containsSubsequence("2026年度", "9,000,000円", "3,000,000円",
                "6,000,000円", "7,000,000円 (入力)", "1,000,000円 不足", "未提出 (期限 令和9年6月30日 (2027-06-30))");
        mvc.perform(get(base + "/score?year=1999").with(uiUser("alpha.admin"))).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("another tenant's admin finds none of the pages nor a payroll document (404), nor does an office without the module; the auditor is refused (403); a service manager reads the payroll without the close form")
    void isolation() throws Exception {
        MovableClock.moveTo(LocalDate.of(2026, 10, 5));
        September s = september("東京A型事業所 (給与画面・分離)");
        recordsClosed(mvc, "alpha.admin", s.office(), "2026-09");
        String base = "/offices/" + s.office() + "/employment";
        List<String> pages = List.of(base + "/payroll?month=2026-09", base + "/insurance", base + "/paid-leave", base + "/score",
                base + "/payroll/2026-09/payslips.pdf", base + "/payroll/2026-09/workbook.xlsx", base + "/payroll/2026-09/payroll.csv",
                base + "/wage-ledger/" + s.ogawa() + "/2026.pdf", base + "/score/2027/evidence.pdf",
                base + "/payroll/transfer.txt?month=2026-09&transferDate=2026-10-23", base + "/bank-accounts");
        for (String p : pages) {
            mvc.perform(get(p).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
            mvc.perform(get(p).with(uiUser("alpha.auditor"))).andExpect(status().isForbidden());
            mvc.perform(get(p.replace(s.office().toString(), office(ALPHA, "1310000005").toString())).with(uiUser("alpha.admin")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post(base + "/payroll/close").param("month", "2026-09").with(uiUser("beta.admin")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(base + "/payroll/close").param("month", "2026-09").with(uiUser("alpha.auditor")).with(csrf())).andExpect(status().isForbidden());
        PlatformFixtures.member(mvc, "alpha.admin", "payroll.manager", "SERVICE_MANAGER", s.office());
        String managers = page(base + "/payroll?month=2026-09", "payroll.manager");
        assertThat(managers).contains("小川 一").doesNotContain("close-form");
        mvc.perform(post(base + "/payroll/close").param("month", "2026-09").with(uiUser("payroll.manager")).with(csrf())).andExpect(status().isForbidden());
        assertThat(rows("payroll_run", s.office())).isZero();
    }
}
