package jp.tsunagu.wages;

import static jp.tsunagu.testsupport.ApiRequests.created;
import static jp.tsunagu.wages.WagesFixtures.activity;
import static jp.tsunagu.wages.WagesFixtures.attendanceClosed;
import static jp.tsunagu.wages.WagesFixtures.entered;
import static jp.tsunagu.wages.WagesFixtures.entry;
import static jp.tsunagu.wages.WagesFixtures.payRule;
import static jp.tsunagu.wages.WagesFixtures.runClosed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;
import jp.tsunagu.wages.api.ProductionQueries;
import jp.tsunagu.wages.events.ProductionEntryRecorded;
import jp.tsunagu.wages.internal.documents.ProductionSheetService;
import jp.tsunagu.wages.internal.documents.ProductionSheetView;
import jp.tsunagu.wages.internal.ledger.EntryCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A closed month is final; what it got wrong is put right by a correction (訂正): an entry of an open month naming the
 * closed month (and voucher) it corrects and why, its amount signed, counted in the open month's totals and pool while
 * the closed month keeps its figures. Each test has an office of its own (made here), so months are free: May 2026 is
 * closed (sales 30,000 and materials 30,000: a pool of 0, which a run closes without anybody having worked), June 2026
 * is open (sales 100,000, materials 20,000: a pool of 80,000).
 */
@RecordApplicationEvents
class LedgerCorrectionIT extends IntegrationTest {
    private static final String ENTRIES = "/api/v1/offices/{o}/wages/ledger/{m}/entries";
    private static final String CORRECTIONS = "/api/v1/offices/{o}/wages/ledger/{m}/corrections";
    private static final String SUMMARY = "/api/v1/offices/{o}/wages/ledger/{m}/summary";

    @Autowired
    ApplicationEvents events;

    @Autowired
    ProductionQueries queries;

    @Autowired
    ProductionSheetService sheets;

    /** The office, its activity, May's sale R-0501 and material P-0501 (May closed), June's entries open. */
    private record Ledger(UUID office, UUID activity, UUID sale, UUID material) {
    }

    private Ledger ledger(String name) throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", name, "TYPE_B", "planning", "workspace", "wages");
        UUID activity = activity(mvc, "alpha.admin", office, "受託作業");
        payRule(mvc, "alpha.admin", office, "2026-04", "{\"basis\": \"EQUAL_SHARES\"}");
        UUID sale = entered(mvc, "alpha.admin", office, "2026-05", entry(activity, "SALES", "R-0501", "2026-05-31", "ミドリ製作所", 30_000));
        UUID material = entered(mvc, "alpha.admin", office, "2026-05", entry(activity, "MATERIALS", "P-0501", "2026-05-10", "山田商店", 30_000));
        attendanceClosed(mvc, "alpha.admin", office, "2026-05");
        runClosed(mvc, "alpha.admin", office, "2026-05");
        entered(mvc, "alpha.admin", office, "2026-06", entry(activity, "SALES", "R-0601", "2026-06-30", "ミドリ製作所", 100_000));
        entered(mvc, "alpha.admin", office, "2026-06", entry(activity, "MATERIALS", "P-0601", "2026-06-10", "山田商店", 20_000));
        return new Ledger(office, activity, sale, material);
    }

    /** The body of a correction; a null is left out of the JSON as null. */
    private static String correction(UUID activity, String category, String voucher, String date, String partner, long amount,
                                     String correctsMonth, UUID correctsEntryId, String reason) {
        return """
                {"activityId": "%s", "category": "%s", "voucherNumber": "%s", "date": "%s", "partner": "%s", "amount": %d,
                 "correctsMonth": %s, "correctsEntryId": %s, "reason": %s}""".formatted(activity, category, voucher, date, partner, amount,
                quoted(correctsMonth), quoted(correctsEntryId), quoted(reason));
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private ResultActions postCorrection(String user, UUID office, String month, String body, String language) throws Exception {
        return mvc.perform(as(user, post(CORRECTIONS, office, month).header("Accept-Language", language)
                .contentType("application/json").content(body)));
    }

    private String json(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(user, request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long rows(UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from production_entry where office_id = ?", Long.class, office));
    }

    private long audited(UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where resource = 'production_entry' and office_id = ?", Long.class, office));
    }

    private String auditDetails(UUID entry) {
        return inTenant(ALPHA, () -> jdbc.queryForObject(
                "select details from audit_record where resource = 'production_entry' and action = 'CREATE' and resource_id = ?",
                String.class, entry.toString()));
    }

    /** The 400 problem of a refused correction in {@code language}: the field it names and its message. */
    private String[] refused(UUID office, String month, String body, String language) throws Exception {
        String problem = postCorrection("alpha.admin", office, month, body, language).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andReturn().getResponse().getContentAsString();
        return new String[] {JsonPath.read(problem, "$.errors[0].field"), JsonPath.read(problem, "$.errors[0].message")};
    }

    @Test
    @DisplayName("a sale of May missed (+5,000) and materials of May charged twice (−3,000) corrected in June: June's pool 80,000 → 88,000 (revenue 105,000, expenses 17,000), May keeps revenue 30,000, expenses 30,000 and its closed run; audited with the month, voucher and reason; announced signed; a correction below a category's entries leaves it negative in July and on the 生産活動シート")
    void aCorrectionCountsInTheOpenMonth() throws Exception {
        Ledger l = ledger("訂正作業所");

        String plus = postCorrection("alpha.admin", l.office(), "2026-06", correction(l.activity(), "SALES", "R-0602", "2026-06-05", "ミドリ製作所",
                5_000, "2026-05", l.sale(), "5月の納品分の売上の計上漏れ (請求書 No.1234)"), "ja")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Boolean>read(plus, "$.correction")).isTrue();
        assertThat(JsonPath.<String>read(plus, "$.month")).isEqualTo("2026-06");
        assertThat(JsonPath.<String>read(plus, "$.correctsMonth")).isEqualTo("2026-05");
        assertThat(JsonPath.<String>read(plus, "$.correctsEntryId")).isEqualTo(l.sale().toString());
        assertThat(JsonPath.<String>read(plus, "$.reason")).isEqualTo("5月の納品分の売上の計上漏れ (請求書 No.1234)");
        UUID minus = created(mvc, "alpha.admin", CORRECTIONS.replace("{m}", "2026-06"), correction(l.activity(), "MATERIALS", "P-0602",
                "2026-06-05", "山田商店", -3_000, "2026-05", l.material(), "5月の材料費を二重に記帳していた"), l.office());

        String june = json("alpha.admin", get(SUMMARY, l.office(), "2026-06"));
        assertThat(JsonPath.<Integer>read(june, "$.total.revenue")).isEqualTo(105_000);
        assertThat(JsonPath.<Integer>read(june, "$.total.expenses")).isEqualTo(17_000);
        assertThat(JsonPath.<Integer>read(june, "$.total.pool")).isEqualTo(88_000);
        assertThat(JsonPath.<List<Integer>>read(june, "$.activities[?(@.name == '受託作業')].pool")).containsExactly(88_000);
        assertThat(inTenant(ALPHA, () -> queries.totals(new OfficeId(l.office()), YearMonth.of(2026, 6))))
                .isEqualTo(new ProductionQueries.MonthTotals(YearMonth.of(2026, 6), Yen.of(105_000), Yen.of(17_000)));
        String entries = json("alpha.admin", get(ENTRIES, l.office(), "2026-06"));
        assertThat(JsonPath.<List<Boolean>>read(entries, "$[?(@.voucherNumber == 'R-0601')].correction")).containsExactly(false);
        assertThat(JsonPath.<List<Integer>>read(entries, "$[?(@.voucherNumber == 'P-0602')].amount")).containsExactly(-3_000);
        assertThat(JsonPath.<List<String>>read(entries, "$[?(@.voucherNumber == 'P-0602')].correctsMonth")).containsExactly("2026-05");

        // the closed month keeps its figures: its ledger and its run
        String may = json("alpha.admin", get(SUMMARY, l.office(), "2026-05"));
        assertThat(JsonPath.<Integer>read(may, "$.total.revenue")).isEqualTo(30_000);
        assertThat(JsonPath.<Integer>read(may, "$.total.expenses")).isEqualTo(30_000);
        assertThat(JsonPath.<Integer>read(may, "$.total.pool")).isEqualTo(0);
        assertThat(JsonPath.<List<String>>read(json("alpha.admin", get(ENTRIES, l.office(), "2026-05")), "$[*].voucherNumber"))
                .containsExactly("P-0501", "R-0501");
        String run = json("alpha.admin", get("/api/v1/offices/{o}/wages/runs/{m}", l.office(), "2026-05"));
        assertThat(JsonPath.<String>read(run, "$.status")).isEqualTo("CLOSED");
        assertThat(JsonPath.<Integer>read(run, "$.revenue")).isEqualTo(30_000);
        assertThat(JsonPath.<Integer>read(run, "$.expenses")).isEqualTo(30_000);

        // audited with what makes it a correction, and announced with its signed amount in the month it counts in
        UUID plusId = UUID.fromString(JsonPath.read(plus, "$.id"));
        assertThat(auditDetails(plusId)).contains("month=2026-06", "category=SALES", "amount=5000", "correctsMonth=2026-05",
                "correctsEntry=" + l.sale(), "reason=5月の納品分の売上の計上漏れ (請求書 No.1234)");
        assertThat(auditDetails(minus)).contains("amount=-3000", "correctsMonth=2026-05", "correctsEntry=" + l.material(),
                "reason=5月の材料費を二重に記帳していた");
        assertThat(events.stream(ProductionEntryRecorded.class).filter(e -> e.officeId().equals(new OfficeId(l.office()))
                        && e.month().equals(YearMonth.of(2026, 6))))
                .extracting(ProductionEntryRecorded::revenue, ProductionEntryRecorded::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, Yen.of(100_000)), org.assertj.core.groups.Tuple.tuple(false, Yen.of(20_000)),
                        org.assertj.core.groups.Tuple.tuple(true, Yen.of(5_000)), org.assertj.core.groups.Tuple.tuple(false, Yen.of(-3_000)));

        // goods of May returned in July, when July has no sales yet: July's sales are −2,000, its pool too (no voucher named)
        String returned = postCorrection("alpha.admin", l.office(), "2026-07", correction(l.activity(), "SALES", "R-0701", "2026-07-02",
                "ミドリ製作所", -2_000, "2026-05", null, "5月に納品した製品の返品"), "en").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(returned).doesNotContain("correctsEntryId"); // no voucher named: null, left out
        assertThat(auditDetails(UUID.fromString(JsonPath.read(returned, "$.id")))).contains("correctsEntry=-", "amount=-2000");
        String july = json("alpha.admin", get(SUMMARY, l.office(), "2026-07"));
        assertThat(JsonPath.<Integer>read(july, "$.total.revenue")).isEqualTo(-2_000);
        assertThat(JsonPath.<Integer>read(july, "$.total.pool")).isEqualTo(-2_000);
        ProductionSheetView sheet = inTenant(ALPHA, () -> sheets.view(new OfficeId(l.office()), FiscalYear.of(YearMonth.of(2026, 6))));
        assertThat(sheet.months().get(1).month()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(sheet.months().get(1).figures().amount(EntryCategory.SALES)).isEqualTo(Yen.of(30_000)); // May as it was closed
        assertThat(sheet.months().get(1).figures().productionBalance()).isEqualTo(Yen.ZERO);
        assertThat(sheet.months().get(2).figures().amount(EntryCategory.SALES)).isEqualTo(Yen.of(105_000));
        assertThat(sheet.months().get(2).figures().amount(EntryCategory.MATERIALS)).isEqualTo(Yen.of(17_000));
        assertThat(sheet.months().get(3).figures().amount(EntryCategory.SALES)).isEqualTo(Yen.of(-2_000));
        assertThat(sheet.total().productionBalance()).isEqualTo(Yen.of(86_000));
        for (String format : List.of("xlsx", "pdf")) {
            mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/wages/production-sheet/{y}." + format, l.office(), 2026)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    @DisplayName("refused naming the field, in Japanese and in English, nothing stored: no reason, a blank one, one over 500 characters; no month corrected, an open one, the month itself or a later one; an unknown voucher, one of an open month or of another office; 0 yen; a correction entered in a closed month; and the table refuses the same underneath")
    void badCorrectionsAreRefused() throws Exception {
        Ledger l = ledger("訂正検証作業所");
        UUID june = entered(mvc, "alpha.admin", l.office(), "2026-06", entry(l.activity(), "UTILITIES", "P-0603", "2026-06-30", "電力会社", 4_000));
        UUID neighbour = PlatformFixtures.office(mvc, "alpha.admin", "訂正の隣の作業所", "TYPE_B", "planning", "workspace", "wages");
        UUID elsewhere = entered(mvc, "alpha.admin", neighbour, "2026-05", entry(activity(mvc, "alpha.admin", neighbour, "受託作業"), "SALES", "R-0501",
                "2026-05-31", "ミドリ製作所", 30_000)); // another office's voucher of May
        long entries = rows(l.office());
        long audits = audited(l.office());

        String[] noReason = refused(l.office(), "2026-06", correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 5_000, "2026-05", null, null), "ja");
        assertThat(noReason).containsExactly("reason", "締めた月の訂正には理由が必要です。訂正の理由を入力してください。");
        assertThat(refused(l.office(), "2026-06", correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 5_000, "2026-05", null, "   "), "en"))
                .containsExactly("reason", "A correction of a closed month needs a reason. Enter why it is made.");
        assertThat(refused(l.office(), "2026-06", correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 5_000, "2026-05", null, "理".repeat(501)), "ja"))
                .containsExactly("reason", "訂正の理由は500文字以内で入力してください (今は501文字です)。");

        assertThat(refused(l.office(), "2026-06", correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 5_000, null, null, "漏れ"), "en"))
                .containsExactly("correctsMonth", "Enter the closed month that the correction corrects.");
        assertThat(refused(l.office(), "2026-06", correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 5_000, "2026-04", null, "漏れ"), "ja"))
                .containsExactly("correctsMonth", "2026-04 の工賃はまだ確定していません。訂正ではなく、その月の生産活動に記帳してください。");
        assertThat(refused(l.office(), "2026-06", correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 5_000, "2026-04", null, "missed"), "en"))
                .containsExactly("correctsMonth", "The 工賃 of 2026-04 are not closed yet. Enter the change in the ledger of that month, not as a correction.");
        assertThat(refused(l.office(), "2026-06", correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 5_000, "2026-06", null, "漏れ"), "ja"))
                .containsExactly("correctsMonth", "訂正する月 2026-06 は、記帳する月 2026-06 より前の月にしてください。");
        assertThat(refused(l.office(), "2026-06", correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 5_000, "2026-08", null, "missed"), "en"))
                .containsExactly("correctsMonth", "The month corrected, 2026-08, must be before the month 2026-06 being entered.");

        UUID unknown = UUID.randomUUID();
        assertThat(refused(l.office(), "2026-06", correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 5_000, "2026-05", unknown, "漏れ"), "ja"))
                .containsExactly("correctsEntryId", "この事業所の 2026-05 の伝票に " + unknown + " はありません。");
        assertThat(refused(l.office(), "2026-06", correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 5_000, "2026-05", june, "missed"), "en"))
                .containsExactly("correctsEntryId", "This office has no voucher " + june + " in 2026-05.");
        assertThat(refused(l.office(), "2026-06", correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 5_000, "2026-05", elsewhere, "missed"), "en")[0])
                .isEqualTo("correctsEntryId");

        assertThat(refused(l.office(), "2026-06", correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 0, "2026-05", l.sale(), "漏れ"), "ja"))
                .containsExactly("amount", "訂正の金額に0円は使えません。増やすときはプラス、減らすときはマイナスの金額を入力してください。");
        assertThat(refused(l.office(), "2026-06", correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 0, "2026-05", l.sale(), "missed"), "en"))
                .containsExactly("amount", "A correction of 0 yen is not allowed. Enter a positive amount to add, a negative one to reduce.");
        // a correction is entered in an open month: the closed month itself takes none, not even a correction of an earlier one
        assertThat(refused(l.office(), "2026-05", correction(l.activity(), "SALES", "R-1", "2026-05-05", "直売", 5_000, "2026-04", null, "漏れ"), "en")[0])
                .isEqualTo("month");
        // an ordinary entry stays above 0
        mvc.perform(as("alpha.admin", post(ENTRIES, l.office(), "2026-06").contentType("application/json")
                .content(entry(l.activity(), "SALES", "R-2", "2026-06-05", "直売", -5_000)))).andExpect(status().isBadRequest());

        assertThat(rows(l.office())).isEqualTo(entries);
        assertThat(audited(l.office())).isEqualTo(audits);
        assertThat(JsonPath.<Integer>read(json("alpha.admin", get(SUMMARY, l.office(), "2026-06")), "$.total.pool")).isEqualTo(76_000);

        // underneath, the table: an ordinary entry below 1, a correction of 0 or without reason, of an open month, naming a voucher of another month
        UUID fix = created(mvc, "alpha.admin", CORRECTIONS.replace("{m}", "2026-06"), correction(l.activity(), "UTILITIES", "P-0604", "2026-06-30",
                "電力会社", -1_000, "2026-05", null, "5月分の電気代の按分誤り"), l.office());
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("update production_entry set amount = -1 where id = ?", june)))
                .hasMessageContaining("production_entry_amount_check");
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("update production_entry set amount = 0 where id = ?", fix)))
                .hasMessageContaining("production_entry_amount_check");
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("update production_entry set reason = null where id = ?", fix)))
                .hasMessageContaining("production_entry_correction_check");
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("update production_entry set corrects_month = '2026-04-01' where id = ?", fix)))
                .hasMessageContaining("2026-04 is open");
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("update production_entry set corrects_entry_id = ? where id = ?", june, fix)))
                .hasMessageContaining("not one of 2026-05");
    }

    @Test
    @DisplayName("another tenant's user, an office of another tenant and an office without the module answer 404; the auditor 403; nothing stored")
    void isolation() throws Exception {
        Ledger l = ledger("訂正分離作業所");
        String body = correction(l.activity(), "SALES", "R-1", "2026-06-05", "直売", 5_000, "2026-05", l.sale(), "漏れ");
        long entries = rows(l.office());

        postCorrection("beta.admin", l.office(), "2026-06", body, "ja").andExpect(status().isNotFound());
        postCorrection("alpha.admin", office(BETA, "2710000001"), "2026-06", body, "ja").andExpect(status().isNotFound());
        postCorrection("alpha.admin", office(ALPHA, "1310000001"), "2026-06", body, "ja").andExpect(status().isNotFound());
        postCorrection("alpha.auditor", l.office(), "2026-06", body, "ja").andExpect(status().isForbidden());
        mvc.perform(post("/offices/" + l.office() + "/wages/ledger/corrections").param("month", "2026-06").param("activityId", l.activity().toString())
                        .param("category", "SALES").param("voucherNumber", "R-1").param("date", "2026-06-05").param("partner", "直売")
                        .param("amount", "5000").param("correctsMonth", "2026-05").param("reason", "漏れ").with(uiUser("beta.admin")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/offices/" + l.office() + "/wages/ledger").param("month", "2026-06").param("correctsMonth", "2026-05")
                .param("correctsEntryId", l.sale().toString()).with(uiUser("beta.admin"))).andExpect(status().isNotFound());

        assertThat(rows(l.office())).isEqualTo(entries);
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select count(*) from production_entry where corrects_month is not null", Long.class))).isZero();
    }

    @Test
    @DisplayName("the ledger page: a closed month's voucher links to the correction form of an open month, filled in; the form 「締めた月の訂正」 refuses a correction without reason naming it, then enters it; the open month shows it with 訂正, the month and voucher corrected and the reason, its pool included")
    void theLedgerPage() throws Exception {
        Ledger l = ledger("訂正画面作業所");
        String base = "/offices/" + l.office() + "/wages/ledger";

        String may = mvc.perform(get(base).param("month", "2026-05").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(may).contains("この月の工賃は確定済みです", "correctsEntryId=" + l.sale(), "訂正する").doesNotContain("correction-form");
        String form = mvc.perform(get(base).param("month", "2026-06").param("correctsMonth", "2026-05").param("correctsEntryId", l.sale().toString())
                .with(uiUser("alpha.admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("締めた月の訂正", "correction-form", "伝票 R-0501 (令和8年5月 (2026-05)、30,000円) を訂正します。",
                "name=\"correctsEntryId\" value=\"" + l.sale() + "\"", "value=\"2026-05\"");

        mvc.perform(post(base + "/corrections").param("month", "2026-06").param("activityId", l.activity().toString()).param("category", "SALES")
                        .param("voucherNumber", "R-0602").param("date", "2026-06-05").param("partner", "ミドリ製作所").param("amount", "-4000")
                        .param("correctsMonth", "2026-05").param("correctsEntryId", l.sale().toString()).param("reason", " ")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("訂正の理由を入力してください")))
                .andExpect(flash().attribute("errorField", "reason"));
        mvc.perform(post(base + "/corrections").param("month", "2026-06").param("activityId", l.activity().toString()).param("category", "SALES")
                        .param("voucherNumber", "R-0602").param("date", "2026-06-05").param("partner", "ミドリ製作所").param("amount", "-4000")
                        .param("correctsMonth", "2026-05").param("correctsEntryId", l.sale().toString()).param("reason", "5月の売上の単価誤り (過大に請求)")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "訂正を記帳しました。"));

        String june = mvc.perform(get(base).param("month", "2026-06").with(uiUser("alpha.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(june).contains("correction-badge", ">訂正</span>", "令和8年5月 (2026-05) の伝票 R-0501 の訂正", "理由: 5月の売上の単価誤り (過大に請求)",
                "-4,000円", "76,000円");
        assertThat(JsonPath.<Integer>read(json("alpha.admin", get(SUMMARY, l.office(), "2026-06")), "$.total.pool")).isEqualTo(76_000);
    }
}
