package jp.tsunagu.employment;

import static jp.tsunagu.employment.EmploymentFixtures.clocked;
import static jp.tsunagu.employment.EmploymentFixtures.contract;
import static jp.tsunagu.employment.EmploymentFixtures.employedUser;
import static jp.tsunagu.employment.EmploymentFixtures.recordsClosed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The A型 score's evidence pack of 令和8年度, from 令和7年度 as an office of its own in 東京 recorded it: 森 (1,300 yen an
 * hour from 2025-09-01, no end) 5 days of 5 h 12 min in September and 1 in October; 相田 (a fixed term from 2025-10-01 to
 * 2026-03-31 at 1,350 yen) 2 days in October; both months closed, the others not; production results of the three
 * years before and the office's measures as in EM-7 (65 + 40 + 10 + 5 + 0 + 0 + 5 = 125 points, 666 units).
 */
class ScoreEvidencePackIT extends IntegrationTest {
    private static final String EVIDENCE = "/api/v1/offices/{o}/employment/score/{y}/evidence.pdf";
    private static final String RESULTS = "/api/v1/offices/{o}/employment/production-results/{y}";

    private MockHttpServletResponse download(String user, MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(user, request.header("Accept-Language", language))).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s: %s", user, response.getContentAsString()).isEqualTo(status);
        return response;
    }

    private void call(MockHttpServletRequestBuilder request, String body, int status) throws Exception {
        download("alpha.admin", body == null ? request : request.contentType("application/json").content(body), "ja", status);
    }

    private long exports(UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where action = 'EXPORT' and resource = 'type_a_score_evidence' and office_id = ?", Long.class,
                office));
    }

    private long exportsAbout(UUID person) {
        return inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where action = 'EXPORT' and resource = 'type_a_score_evidence' and subject_person_id = ?",
                Long.class, person));
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s", "");
    }

    private static void a4(PDDocument document) {
        for (PDPage page : document.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
        }
    }

    @Test
    @DisplayName("令和8年度's pack: the score (each item, 125 points, 666 units), the production of FY2025–FY2023, both contracts by kana, the hours of September and October as paid (41:36 over 8 days: 5.20 h, item I), 未確定 and 支給なし months, the pay, the days as clocked; audited about each worker; in English too; a year without data says so; bad year or staffing 400 (ja, en), another tenant or office 404, the auditor 403, nothing exported then")
    void thePack() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (根拠資料)", "TOKYO", "13");
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "A型 軽作業 (根拠)", "EMPLOYED_A");
        UUID mori = employedUser(mvc, "alpha.admin", office, "森", "モリ", "2025-04-01", "2026-03-31");
        UUID aida = employedUser(mvc, "alpha.admin", office, "相田", "アイダ", "2025-04-01", "2026-03-31");
        call(post("/api/v1/offices/{o}/employment/contracts", office), contract(mori, "2025-09-01", null, 1_300), 201);
        call(post("/api/v1/offices/{o}/employment/contracts", office), contract(aida, "2025-10-01", "2026-03-31", 1_350), 201);
        for (String day : List.of("2025-09-01", "2025-09-02", "2025-09-03", "2025-09-04", "2025-09-05")) {
            clocked(mvc, "alpha.admin", office, mori, group, day, "10:00", "16:12", 60);
        }
        recordsClosed(mvc, "alpha.admin", office, "2025-09");
        call(post("/api/v1/offices/{o}/employment/payroll/{m}/close", office, "2025-09"), null, 200);
        clocked(mvc, "alpha.admin", office, mori, group, "2025-10-06", "10:00", "16:12", 60);
        clocked(mvc, "alpha.admin", office, aida, group, "2025-10-07", "10:00", "16:12", 60);
        clocked(mvc, "alpha.admin", office, aida, group, "2025-10-08", "10:00", "16:12", 60);
        recordsClosed(mvc, "alpha.admin", office, "2025-10");
        call(post("/api/v1/offices/{o}/employment/payroll/{m}/close", office, "2025-10"), null, 200);
        call(put(RESULTS, office, 2025), "{\"revenue\": 100000, \"expenses\": 20000, \"evidence\": \"令和7年度 決算書\"}", 200);
        call(put(RESULTS, office, 2024), "{\"revenue\": 400000, \"expenses\": 0, \"wagesPaid\": 500000, \"evidence\": \"令和6年度 決算書\"}", 200);
        call(put(RESULTS, office, 2023), "{\"revenue\": 600000, \"expenses\": 50000, \"wagesPaid\": 500000, \"evidence\": \"令和5年度 決算書\"}", 200);
        for (String[] m : new String[][] {{"III", "10"}, {"IV", "5"}, {"V", "0"}, {"VII", "5"}}) {
            call(put("/api/v1/offices/{o}/employment/score/{y}/measures/{i}", office, 2026, m[0]),
                    "{\"points\": %s, \"evidence\": \"実施記録 %s\"}".formatted(m[1], m[0]), 200);
        }

        MockHttpServletResponse response = download("alpha.admin", get(EVIDENCE, office, "2026"), "ja", 200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("score-evidence-2026.pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            a4(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(7); // cover, production, contracts, hours, pay, a day sheet per worker
            String text = text(pdf);
            assertThat(text).doesNotContain("employment.", "null");
            // 1 the cover: the office, the years, each item, the total and the units
            assertThat(text).contains("令和8年度 (2026年度) 就労継続支援A型 スコア方式 根拠資料", "事業所: 東京A型事業所 (根拠資料)",
                    "報告する年度: 令和8年度 (2026-04-01〜2027-03-31)", "根拠とする年度 (前年度): 令和7年度 (2025-04-01〜2026-03-31)", "人員配置区分: I",
                    "Ⅰ 労働時間 65点", "Ⅱ 生産活動 40点", "Ⅲ 多様な働き方 10点", "Ⅳ 支援力向上 5点", "Ⅴ 地域連携活動 0点", "Ⅵ 経営改善計画 0点",
                    "Ⅶ 利用者の知識・能力の向上 5点", "合計点 125点", "基本報酬の単位数 666単位/日");
            assertThat(squeezed(text)).contains(squeezed("41.6 h over 8 user-days in FY2025"), squeezed("staffing I, capacity 20, score 125"),
                    squeezed("recorded by the office: 実施記録 III"));
            // 2 item II: three years, the wages of FY2025 from its closed payrolls (36,800 + 9,760 + 17,040)
            assertThat(text).contains("項目 令和7年度 (2025年度) 令和6年度 (2024年度) 令和5年度 (2023年度)", "生産活動収入 100,000 400,000 600,000",
                    "生産活動収支 (収入 − 経費) 80,000 400,000 550,000", "収支の出所 年度の決算 年度の決算 年度の決算",
                    "利用者に支払った賃金の総額 63,600 500,000 500,000",
                    "賃金総額の出所 確定した給与 事業所の入力 事業所の入力", "判定 (収支が賃金総額以上か) 達成 未達成 達成", "不足額 0 100,000 0",
                    "経営改善計画の提出日 — 未提出 —", "令和6年度 (2024年度): 収支が賃金総額に届かず");
            // 3 the contracts, by kana (相田 before 森), a column of terms each
            assertThat(squeezed(text)).contains(squeezed("相田 一 (アイダ ハジメ) 項目 令和7年10月1日 (2025-10-01) からの契約"),
                    squeezed("契約期間 令和7年10月1日 (2025-10-01)〜令和8年3月31日 (2026-03-31) 期間の定め 有り 所定労働日数 週4日"),
                    squeezed("森 一 (モリ ハジメ) 項目 令和7年9月1日 (2025-09-01) からの契約"),
                    squeezed("契約期間 令和7年9月1日 (2025-09-01)〜 期間の定め 無し 所定労働日数 週4日"),
                    squeezed("始業・終業 (休憩) 10:00〜15:00 (60分) 所定労働時間 (1日 / 1週) 4:00 / 16:00"), squeezed("業務 部品の検品・梱包"));
            assertThat(text).contains("時給 1,350円", "時給 1,300円");
            assertThat(text.indexOf("時給 1,350円")).isLessThan(text.indexOf("時給 1,300円"));
            // 4 the hours as the payrolls paid them, the office's and each worker's; the months not closed
            assertThat(text).contains("令和7年4月 (2025-04) 未確定", "令和7年9月 (2025-09) 1 5 26:00 0:00 0:00 0:00",
                    "令和7年10月 (2025-10) 2 3 15:36 0:00 0:00 0:00", "令和8年3月 (2026-03) 未確定", "年度計 8 41:36 0:00 0:00 0:00",
                    "1日平均労働時間: 5.20時間 (41:36 ÷ 8日)", "令和7年9月 (2025-09) 支給なし", "令和7年10月 (2025-10) 2 10:24",
                    "年度計 2 10:24", "1日平均労働時間: 5.20時間 (10:24 ÷ 2日)", "年度計 6 31:12", "1日平均労働時間: 5.20時間 (31:12 ÷ 6日)");
            // 5 the pay: the office's months with their pay dates, each worker's gross (and the year's)
            assertThat(text).contains("令和7年9月 (2025-09) 2025-10-25 1 36,800", "令和7年10月 (2025-10) 2025-11-25 2 26,800",
                    "令和7年9月 (2025-09) 1,300 36,800", "令和7年10月 (2025-10) 1,300 9,760", "令和7年10月 (2025-10) 1,350 17,040");
            assertThat(squeezed(text)).contains(squeezed("年度計 63,600"), squeezed("年度計 46,560"), squeezed("年度計 17,040"));
            // the appendix: the days as clocked
            assertThat(text).contains("付録 打刻の記録: 森 一 (モリ ハジメ)、令和7年度 (2025年度)", "2025-09-01 月 10:00 16:12 60 5:12",
                    "令和7年9月 (2025-09) 計 5日 26:00", "2025-10-08 水 10:00 16:12 60 5:12", "令和7年10月 (2025-10) 計 2日 10:24");
        }
        assertThat(exportsAbout(mori)).isOne();
        assertThat(exportsAbout(aida)).isOne();

        // in English
        try (PDDocument pdf = Loader.loadPDF(download("alpha.admin", get(EVIDENCE, office, "2026").param("staffing", "II"), "en", 200)
                .getContentAsByteArray())) {
            String text = text(pdf);
            assertThat(text).contains("Evidence of the type A score (スコア方式 根拠資料), 令和8年度 (FY2026)", "Staffing type: II", "I Working hours 65 points",
                    "Total 125 points", "not closed", "none paid", "Average daily hours: 5.20 h (41:36 over 8 days)").doesNotContain("employment.");
            assertThat(squeezed(text)).doesNotContain("未確定", "支給なし");
        }
        assertThat(exportsAbout(mori)).isEqualTo(2);

        // 令和7年度's pack, from 令和6年度: no contract yet, no payroll closed, the results of FY2022 not entered; each said in words
        long before = exports(office);
        try (PDDocument pdf = Loader.loadPDF(download("alpha.admin", get(EVIDENCE, office, "2025"), "ja", 200).getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(5);
            String text = text(pdf);
            assertThat(text).contains("Ⅰ 労働時間 未記録", "Ⅲ 多様な働き方 未記録", "合計点 未確定", "基本報酬の単位数 未確定",
                    "生産活動収入 400,000 600,000 未登録", "令和6年度 (2024年度) に雇用契約のあった利用者はいません。")
                    .doesNotContain("森", "相田", "年度計");
        }
        // 令和12年度's, from 令和11年度: 森's contract still runs, but nothing is closed or clocked
        try (PDDocument pdf = Loader.loadPDF(download("alpha.admin", get(EVIDENCE, office, "2030"), "ja", 200).getContentAsByteArray())) {
            String text = text(pdf);
            assertThat(text).contains("森 一 (モリ ハジメ)", "令和11年度 (2029年度) に確定した給与はありません (すべての月が未確定です)。",
                    "令和11年度 (2029年度) に、この利用者の雇用契約の期間中の打刻の記録はありません。").doesNotContain("相田", "年度計");
        }
        assertThat(exports(office)).isEqualTo(before + 2);
        assertThat(exportsAbout(mori)).isEqualTo(3);

        // bad input: 400 naming the field, in Japanese and English; nothing exported
        before = exports(office);
        for (String year : List.of("20x6", "1999", "02026")) {
            String ja = download("alpha.admin", get(EVIDENCE, office, year), "ja", 400).getContentAsString();
            assertThat(JsonPath.<String>read(ja, "$.errors[0].field")).isEqualTo("fiscalYear");
            assertThat(JsonPath.<String>read(ja, "$.errors[0].message")).startsWith("年度は2000から2100までの西暦4桁で指定してください");
        }
        MockHttpServletResponse en = download("alpha.admin", get(EVIDENCE, office, "x"), "en", 400);
        assertThat(en.getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(en.getContentAsString(), "$.errors[0].message")).startsWith("Give the fiscal year as four digits");
        String staffing = download("alpha.admin", get(EVIDENCE, office, "2026").param("staffing", "III"), "ja", 400).getContentAsString();
        assertThat(JsonPath.<String>read(staffing, "$.errors[0].field")).isEqualTo("staffing");
        assertThat(JsonPath.<String>read(staffing, "$.errors[0].message")).isEqualTo("人員配置区分は I か II で指定してください。");
        String staffingEn = download("alpha.admin", get(EVIDENCE, office, "2026").param("staffing", "i"), "en", 400).getContentAsString();
        assertThat(JsonPath.<String>read(staffingEn, "$.errors[0].message")).isEqualTo("Give the staffing type as I or II.");

        // another tenant, another office, a missing office: 404; the auditor: 403; nothing exported
        List<Supplier<MockHttpServletRequestBuilder>> requests = List.of(() -> get(EVIDENCE, office, "2026"), () -> get(EVIDENCE, office, "20x6"));
        for (Supplier<MockHttpServletRequestBuilder> request : requests) {
            download("beta.admin", request.get(), "ja", 404);
            download("alpha.auditor", request.get(), "ja", 403);
        }
        download("alpha.admin", get(EVIDENCE, office(ALPHA, "1310000005"), "2026"), "ja", 404);
        download("alpha.admin", get(EVIDENCE, UUID.randomUUID(), "2026"), "ja", 404);
        assertThat(exports(office)).isEqualTo(before);
    }
}
