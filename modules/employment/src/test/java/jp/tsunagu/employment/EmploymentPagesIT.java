package jp.tsunagu.employment;

import static jp.tsunagu.employment.EmploymentFixtures.contract;
import static jp.tsunagu.employment.EmploymentFixtures.employedUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.MovableClock;
import jp.tsunagu.testsupport.PlatformFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The employment pages with a UI session, seen from 2026-09-01 (the FY2026 minimum wages loaded): the contracts page
 * (the list by kana in 和暦, the contract and permit forms, the contracts a coming change breaks) and the 労働条件通知書
 * as the page links it and as the API hands it out. Offices of their own in 群馬 (minimum 1,063 yen from 2026-03-01,
 * 1,120 yen from 2026-10-03).
 */
class EmploymentPagesIT extends IntegrationTest {
    private static final LocalDate SEEN_ON = LocalDate.of(2026, 9, 1);

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(uiUser(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long rows(String table, UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table + " where office_id = ?", Long.class, office));
    }

    /** The page's contract form as a person fills it: 10:00–15:00 with an hour's break, 4 days a week. */
    private static MockHttpServletRequestBuilder contractForm(String base, UUID person, String start, String end, String wage) {
        return contractForm(base, person, start, end, wage, "部品の検品・梱包 (画面)");
    }

    private static MockHttpServletRequestBuilder contractForm(String base, UUID person, String start, String end, String wage, String job) {
        MockHttpServletRequestBuilder post = post(base).param("personId", person.toString()).param("startDate", start)
                .param("daysPerWeek", "4").param("dailyStart", "10:00").param("dailyEnd", "15:00").param("breakMinutes", "60")
                .param("hourlyWage", wage).param("job", job).param("place", "本社作業室")
                .param("commutingAllowance", "3000").param("workRulesVersion", "就業規則 2026年4月版");
        return end == null ? post.param("endDate", "") : post.param("endDate", end).param("renewal", "契約期間満了時の業務量と勤務成績により判断する");
    }

    @Test
    @DisplayName("the contracts page: a contract below the minimum on its first day comes back naming the field, the date and the rate (1,000 yen on 2026-09-01, minimum 1,063) in Japanese and English, with the values as typed, and nothing is stored; two contracts recorded on the page list by kana with their terms in 和暦, the one a coming change breaks (2026-10-03, 1,120 yen) listed with the date and rate; a permit recorded on the page lists; a service manager reads without forms")
    void contractsPage() throws Exception {
        MovableClock.moveTo(SEEN_ON);
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "群馬A型事業所 (画面)", "GUNMA", "10");
        UUID suzuki = employedUser(mvc, "alpha.admin", office, "鈴木", "スズキ", "2026-04-01", "2027-03-31");
        UUID aoki = employedUser(mvc, "alpha.admin", office, "青木", "アオキ", "2026-04-01", "2027-03-31");
        String base = "/offices/" + office + "/employment/contracts";

        String empty = page(base, "alpha.admin");
        assertThat(empty).contains("雇用契約はまだありません。", "令和8年9月1日 (2026-09-01) にこの事業所をA型")
                .containsSubsequence("青木 一 (アオキ ハジメ)", "鈴木 一 (スズキ ハジメ)") // the choice, by kana
                .contains("class=\"stack contract-form\"", "class=\"stack permit-form\"");

        // below the minimum on its first day: refused naming the field, the date and the rate; the form comes back as typed
        MvcResult refused = mvc.perform(contractForm(base, suzuki, "2026-09-01", null, "1000").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("error", "hourlyWage: 時給 1,000 円は 2026-09-01 の最低賃金 1,063 円 (2026-03-01 から適用) を下回ります。"
                        + "最低賃金の減額特例の許可がない限り、この日からの賃金は支払えません。"))
                .andExpect(flash().attribute("errorField", "hourlyWage")).andReturn();
        String again = mvc.perform(get(base).with(uiUser("alpha.admin")).flashAttrs(refused.getFlashMap())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("role=\"alert\"", "2026-09-01 の最低賃金 1,063 円", "value=\"1000\"", "value=\"部品の検品・梱包 (画面)\"",
                "value=\"2026-09-01\"", "value=\"10:00\"", "value=\"就業規則 2026年4月版\"");
        assertThat(again.replaceAll("\\s+", " ")).containsPattern("value=\"" + suzuki + "\"\\s+selected=\"selected\"");
        mvc.perform(contractForm(base, suzuki, "2026-09-01", null, "1000").header("Accept-Language", "en").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString(
                        "The hourly wage of 1,000 yen is below the minimum wage of 1,063 yen on 2026-09-01 (in force from 2026-03-01).")));
        // a required field left blank, or a wage that is not a number, is refused naming it, before the guard
        mvc.perform(contractForm(base, suzuki, "2026-09-01", null, "1100", " ").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("errorField", "job"));
        mvc.perform(contractForm(base, suzuki, "2026-09-01", null, "千百円").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("errorField", "hourlyWage"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("hourlyWage")));
        assertThat(rows("employment_contract", office)).isZero();

        // two contracts: 鈴木 at 1,100 yen for a fixed term (broken by 群馬's 1,120 yen from 2026-10-03), 青木 at 1,200 yen without one
        mvc.perform(contractForm(base, suzuki, "2026-09-01", "2027-03-31", "１１００").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("message", "雇用契約を登録しました。"));
        mvc.perform(contractForm(base, aoki, "2026-09-15", null, "1200").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("message", "雇用契約を登録しました。"));
        assertThat(rows("employment_contract", office)).isEqualTo(2);

        String listed = page(base, "alpha.admin");
        String contracts = listed.substring(listed.indexOf("<table class=\"contracts\">"), listed.indexOf("</table>", listed.indexOf("<table class=\"contracts\">")));
        assertThat(contracts).containsSubsequence("アオキ ハジメ", "青木 一", "令和8年9月15日 (2026-09-15) 〜 (期間の定めなし)", "1,200円/時",
                        "スズキ ハジメ", "鈴木 一", "令和8年9月1日 (2026-09-01) 〜 令和9年3月31日 (2027-03-31)", "10:00〜15:00 (休憩60分) 週4日", "1,100円/時",
                        "部品の検品・梱包 (画面)", "本社作業室")
                .contains("/notice.pdf", "通知書 (PDF): 鈴木 一 (令和8年9月1日 (2026-09-01) からの契約)");
        String coming = listed.substring(listed.indexOf("<section class=\"coming\">"), listed.indexOf("</section>", listed.indexOf("<section class=\"coming\">")));
        assertThat(coming).contains("最低賃金の改定で下回る契約", "令和8年10月3日 (2026-10-03)", "鈴木 一", "1,120円/時").doesNotContain("青木");

        // a permit: refused with a reduction of 0 % (nothing stored), then recorded and listed
        String permits = "/offices/" + office + "/employment/permits";
        mvc.perform(post(permits).param("personId", aoki.toString()).param("permitNumber", "群馬労働局 第2026-201号").param("reductionPercent", "0")
                        .param("validFrom", "2026-09-15").param("validTo", "2027-03-31").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("errorField", "reductionPercent"))
                .andExpect(flash().attribute("permitRequest", org.hamcrest.Matchers.notNullValue()));
        assertThat(rows("minimum_wage_permit", office)).isZero();
        mvc.perform(post(permits).param("personId", aoki.toString()).param("permitNumber", "群馬労働局 第2026-201号").param("reductionPercent", "5")
                        .param("validFrom", "2026-09-15").param("validTo", "2027-03-31").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("message", "減額特例を登録しました。"));
        assertThat(page(base, "alpha.admin")).contains("群馬労働局 第2026-201号", "5%", "令和8年9月15日 (2026-09-15) 〜 令和9年3月31日 (2027-03-31)");

        // in English: the labels and terms
        String english = mvc.perform(get(base).header("Accept-Language", "en").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Employment contracts", "From 令和8年9月15日 (2026-09-15) (no fixed term)", "1,100 yen an hour",
                "Contracts a minimum-wage change will break", "Record an employment contract");

        // a service manager reads the page but records nothing: no form, and a post is refused
        PlatformFixtures.member(mvc, "alpha.admin", "employment.manager", "SERVICE_MANAGER", office);
        assertThat(page(base, "employment.manager")).contains("鈴木 一", "令和8年10月3日 (2026-10-03)")
                .doesNotContain("contract-form", "permit-form");
        mvc.perform(contractForm(base, suzuki, "2026-12-01", null, "1300").with(uiUser("employment.manager")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(rows("employment_contract", office)).isEqualTo(2);
    }

    @Test
    @DisplayName("another tenant's admin finds neither the page nor a notice (404), nor does an office without the module; the auditor is refused (403)")
    void isolation() throws Exception {
        MovableClock.moveTo(SEEN_ON);
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "群馬A型事業所 (画面・分離)", "GUNMA", "10");
        UUID worker = employedUser(mvc, "alpha.admin", office, "森", "モリ", "2026-04-01", "2027-03-31");
        UUID c = created(office, contract(worker, "2026-09-01", null, 1_100));
        String base = "/offices/" + office + "/employment/contracts";
        mvc.perform(get(base).with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/" + c + "/notice.pdf").with(uiUser("beta.admin"))).andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", get("/api/v1/offices/{o}/employment/contracts/{c}/notice.pdf", office, c))).andExpect(status().isNotFound());
        mvc.perform(contractForm(base, worker, "2026-12-01", null, "1300").with(uiUser("beta.admin")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/offices/" + office(ALPHA, "1310000005") + "/employment/contracts").with(uiUser("alpha.admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/offices/" + office(ALPHA, "1310000005") + "/employment/contracts/" + c + "/notice.pdf").with(uiUser("alpha.admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get(base).with(uiUser("alpha.auditor"))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/" + c + "/notice.pdf").with(uiUser("alpha.auditor"))).andExpect(status().isForbidden());
        mvc.perform(post("/offices/" + office + "/employment/permits").param("personId", worker.toString()).param("permitNumber", "x")
                .param("reductionPercent", "5").param("validFrom", "2026-09-01").param("validTo", "2027-03-31")
                .with(uiUser("alpha.auditor")).with(csrf())).andExpect(status().isForbidden());
        assertThat(rows("employment_contract", office)).isOne();
        assertThat(rows("minimum_wage_permit", office)).isZero();
        assertThat(exportsAbout(worker)).isZero();
    }

    @Test
    @DisplayName("the 労働条件通知書 as the page links it: one A4 page naming the worker, the employer and the office, the term with its renewal, the place and job, 10:00–15:00 with 60 minutes' break (4時間00分 a day, 16時間00分 a week), 4 days, 時間給 1,100円, 月額 3,000円, the 就業規則, the issue date in 和暦 with ISO and the signature line; the API gives the same in English; each export is audited about the worker")
    void notice() throws Exception {
        MovableClock.moveTo(SEEN_ON);
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "群馬A型事業所 (通知書)", "GUNMA", "10");
        UUID worker = employedUser(mvc, "alpha.admin", office, "高田", "タカダ", "2026-04-01", "2027-03-31");
        UUID c = created(office, contract(worker, "2026-09-01", "2027-03-31", 1_100).replace("\"endDate\"",
                "\"renewal\": \"契約期間満了時の業務量により判断する\", \"endDate\""));
        String number = inTenant(ALPHA, () -> jdbc.queryForObject("select office_number from office where id = ?", String.class, office));

        MockHttpServletResponse page = mvc.perform(get("/offices/" + office + "/employment/contracts/" + c + "/notice.pdf").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(page.getContentType()).isEqualTo("application/pdf");
        assertThat(page.getHeader("Content-Disposition")).contains("rodo-joken-tsuchisho-2026-09-01.pdf");
        try (PDDocument pdf = Loader.loadPDF(page.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isOne();
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
            String text = squeezed(new PDFTextStripper().getText(pdf));
            assertThat(text).contains(squeezed("労働条件通知書"), squeezed("高田 一 殿"), squeezed("使用者: 社会福祉法人 アルファ会"),
                    squeezed("事業場: 群馬A型事業所 (通知書) (事業所番号 " + number + ")"),
                    squeezed("令和8年9月1日 (2026-09-01) から 令和9年3月31日 (2027-03-31) まで (期間の定めあり)"),
                    squeezed("契約期間満了時の業務量により判断する"), squeezed("本社作業室"), squeezed("部品の検品・梱包"),
                    squeezed("始業 10:00、終業 15:00、休憩 60 分 (1日の所定労働時間 4時間00分)"), squeezed("週 4 日 (週の所定労働時間 16時間00分)"),
                    squeezed("時間給 1,100円"), squeezed("月額 3,000円"), squeezed("就業規則 2025年4月版 による"),
                    squeezed("交付日: 令和8年9月1日 (2026-09-01)"), squeezed("上記の労働条件の通知を受けました。"), squeezed("本人署名"));
        }
        MockHttpServletResponse api = mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/employment/contracts/{c}/notice.pdf", office, c)
                .header("Accept-Language", "en"))).andExpect(status().isOk()).andReturn().getResponse();
        try (PDDocument pdf = Loader.loadPDF(api.getContentAsByteArray())) {
            String text = squeezed(new PDFTextStripper().getText(pdf));
            assertThat(text).contains(squeezed("Notice of working conditions"), squeezed("To 高田 一"), squeezed("Hourly wage 1,100 yen"),
                    squeezed("From 令和8年9月1日 (2026-09-01) to 令和9年3月31日 (2027-03-31) (fixed term)"), squeezed("3,000 yen a month"),
                    squeezed("4 h 00 min a day"), squeezed("Signature"));
        }
        assertThat(exportsAbout(worker)).isEqualTo(2);
        // a contract of another office of the tenant is not found there
        UUID other = EmploymentFixtures.office(mvc, "alpha.admin", "群馬A型事業所 (通知書・別)", "GUNMA", "10");
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/employment/contracts/{c}/notice.pdf", other, c))).andExpect(status().isNotFound());
        assertThat(exportsAbout(worker)).isEqualTo(2);
    }

    private UUID created(UUID office, String body) throws Exception {
        String json = mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/employment/contracts", office).contentType("application/json")
                .content(body))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    private long exportsAbout(UUID person) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where action = 'EXPORT' and resource = 'employment_notice' "
                + "and subject_person_id = ?", Long.class, person));
    }

    /** The text without its spaces and line breaks: PDF text extraction breaks and spaces lines where the layout does. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
