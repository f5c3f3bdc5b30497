package jp.tsunagu.wages;

import static jp.tsunagu.wages.WagesFixtures.HOURLY_220;
import static jp.tsunagu.wages.WagesFixtures.activity;
import static jp.tsunagu.wages.WagesFixtures.attendanceClosed;
import static jp.tsunagu.wages.WagesFixtures.entered;
import static jp.tsunagu.wages.WagesFixtures.entry;
import static jp.tsunagu.wages.WagesFixtures.payRule;
import static jp.tsunagu.wages.WagesFixtures.runClosed;
import static jp.tsunagu.wages.WagesFixtures.typeBUser;
import static jp.tsunagu.wages.WagesFixtures.workedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;
import jp.tsunagu.wages.api.WagesQueries;
import jp.tsunagu.wages.events.WagesMonthClosed;
import jp.tsunagu.wages.internal.run.BatchClose;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A closed run is final: 工賃 a user was still owed for it is an adjustment (調整) paid with a later, open month, out of
 * that month's pool, reasoned and audited. An office of its own, in months no other test closes (2024-10 closed,
 * 2024-11 paying the adjustments), so that the batch close of 2024-11 touches nothing else.
 */
@RecordApplicationEvents
class WagesAdjustmentIT extends IntegrationTest {
    private static final String RUN = "/api/v1/offices/{o}/wages/runs/{m}";
    private static final String ADJUSTMENTS = RUN + "/adjustments";

    @Autowired
    ApplicationEvents events;
    @Autowired
    WagesQueries queries;
    @Autowired
    BatchClose batch;

    private String answer(String user, MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        return mvc.perform(as(user, request.header("Accept-Language", language))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder adjustment(UUID office, String month, UUID person, String corrects, long amount, String reason) {
        return post(ADJUSTMENTS, office, month).contentType("application/json").content("""
                {"personId": "%s", "correctsMonth": "%s", "amount": %d, "reason": %s}"""
                .formatted(person, corrects, amount, reason == null ? "null" : "\"" + reason + "\""));
    }

    private long rows(String sql, Object... args) {
        return inTenant(ALPHA, () -> jdbc.queryForObject(sql, Long.class, args));
    }

    @Test
    @DisplayName("owed for a closed month: paid with the next open month before the rest is shared (the total stays the pool), to a user who worked that month and to one who did not; refused when it is not an addition, has no reason or names an open month; final once its month closes; on the payslip with its reason")
    void adjustmentsOfAClosedMonth() throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "調整作業所", "TYPE_B", "planning", "workspace", "wages");
        payRule(mvc, "alpha.admin", office, "2024-04", HOURLY_220);
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "B型 軽作業", "TYPE_B");
        UUID ueda = typeBUser(mvc, "alpha.admin", office, "上田", "ウエダ", "2024-04-01", "2025-03-31");
        UUID abe = typeBUser(mvc, "alpha.admin", office, "阿部", "アベ", "2024-04-01", "2025-03-31");
        UUID work = activity(mvc, "alpha.admin", office, "受託作業");

        // October: both worked 4 hours; 20,000 shared by hours → 10,000 each; closed
        workedDay(mvc, "alpha.admin", office, ueda, group, "2024-10-07", "10:00", "15:00");
        workedDay(mvc, "alpha.admin", office, abe, group, "2024-10-07", "10:00", "15:00");
        entered(mvc, "alpha.admin", office, "2024-10", entry(work, "CONTRACT_INCOME", "R-1", "2024-10-31", "株式会社ミドリ製作所", 20_000));
        attendanceClosed(mvc, "alpha.admin", office, "2024-10");
        runClosed(mvc, "alpha.admin", office, "2024-10");

        // November: only 上田 worked (4 hours); 30,000 to pay
        workedDay(mvc, "alpha.admin", office, ueda, group, "2024-11-11", "10:00", "15:00");
        entered(mvc, "alpha.admin", office, "2024-11", entry(work, "CONTRACT_INCOME", "R-2", "2024-11-29", "株式会社ミドリ製作所", 30_000));

        // refused, in Japanese and English, naming the field; nothing stored
        long before = rows("select count(*) from wages_adjustment");
        String negative = answer("alpha.admin", adjustment(office, "2024-11", abe, "2024-10", -500, "過払い"), "ja", 400);
        assertThat(JsonPath.<String>read(negative, "$.errors[0].field")).isEqualTo("amount");
        assertThat(JsonPath.<String>read(negative, "$.errors[0].message")).startsWith("調整額は1円以上の整数で入力してください。確定した月の払い過ぎを");
        String negativeInService = answer("alpha.admin", adjustment(office, "2024-11", abe, "2024-10", 0, "ゼロ"), "en", 400);
        assertThat(JsonPath.<String>read(negativeInService, "$.errors[0].field")).isEqualTo("amount");
        assertThat(JsonPath.<String>read(negativeInService, "$.errors[0].message")).contains("is not taken back out of a later month");
        String noReason = answer("alpha.admin", adjustment(office, "2024-11", abe, "2024-10", 500, " "), "ja", 400);
        assertThat(JsonPath.<String>read(noReason, "$.errors[0].field")).isEqualTo("reason");
        String openMonth = answer("alpha.admin", adjustment(office, "2024-11", abe, "2024-09", 500, "9月分"), "ja", 400);
        assertThat(JsonPath.<String>read(openMonth, "$.errors[0].field")).isEqualTo("correctsMonth");
        assertThat(JsonPath.<String>read(openMonth, "$.errors[0].message"))
                .isEqualTo("調整の対象月 2024-09 は、支払う月 2024-11 より前の、工賃を確定した月を指定してください (未確定の月はその月の計算で直します)。");
        String sameMonth = answer("alpha.admin", adjustment(office, "2024-11", abe, "2024-11", 500, "11月分"), "en", 400);
        assertThat(JsonPath.<String>read(sameMonth, "$.errors[0].message"))
                .isEqualTo("The month an adjustment corrects (2024-11) must be a closed month before the month that pays it (2024-11); an open month is corrected in its own run.");
        String stranger = answer("alpha.admin", adjustment(office, "2024-11", UUID.randomUUID(), "2024-10", 500, "誰か"), "en", 400);
        assertThat(JsonPath.<String>read(stranger, "$.errors[0].field")).isEqualTo("personId");
        String closedMonth = answer("alpha.admin", adjustment(office, "2024-10", abe, "2024-09", 500, "9月分"), "en", 400);
        assertThat(JsonPath.<String>read(closedMonth, "$.errors[0].field")).isEqualTo("month");
        assertThat(JsonPath.<String>read(closedMonth, "$.errors[0].message")).startsWith("The 工賃 of 2024-10 are closed.");
        assertThat(rows("select count(*) from wages_adjustment")).isEqualTo(before);

        // the run page: the form offers October's users and months, and a refused form says why and stores nothing
        String page = "/offices/" + office + "/wages/runs";
        String form = mvc.perform(get(page).param("month", "2024-11").with(uiUser("alpha.admin"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("確定済みの月の調整", "この月に支払う調整はありません。", "上田 一 (ウエダ ハジメ)", "value=\"2024-10\"");
        mvc.perform(post(page + "/adjustments").param("month", "2024-11").param("personId", abe.toString()).param("correctsMonth", "2024-10")
                        .param("amount", "500").param("reason", "").with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(redirectedUrl(page + "?month=2024-11")).andExpect(flash().attribute("error", containsString("調整の理由を入力してください。")));
        assertThat(rows("select count(*) from wages_adjustment")).isEqualTo(before);

        // 上田 was owed 2 hours of October (440 yen at 220), 阿部 a misread voucher's share (1,000 yen)
        String toUeda = answer("alpha.admin", adjustment(office, "2024-11", ueda, "2024-10", 440, "10月7日の退所時刻の記録漏れ (2時間)"), "ja", 201);
        assertThat(JsonPath.<String>read(toUeda, "$.correctsMonth")).isEqualTo("2024-10");
        answer("alpha.admin", adjustment(office, "2024-11", abe, "2024-10", 1_000, "10月分の配分の計算誤り"), "ja", 201);
        String mistaken = answer("alpha.admin", adjustment(office, "2024-11", abe, "2024-10", 700, "二重登録"), "ja", 201);
        UUID mistake = UUID.fromString(JsonPath.read(mistaken, "$.id"));
        String noWithdrawReason = answer("alpha.admin", post(ADJUSTMENTS + "/{a}/withdraw", office, "2024-11", mistake)
                .contentType("application/json").content("{\"reason\": \"\"}"), "en", 400);
        assertThat(JsonPath.<String>read(noWithdrawReason, "$.errors[0].field")).isEqualTo("reason");
        mvc.perform(as("alpha.admin", post(ADJUSTMENTS + "/{a}/withdraw", office, "2024-11", mistake).contentType("application/json")
                .content("{\"reason\": \"二重登録のため取消し\"}"))).andExpect(status().isNoContent());
        assertThat(JsonPath.<List<Integer>>read(answer("alpha.admin", get(ADJUSTMENTS, office, "2024-11"), "ja", 200), "$[*].amount"))
                .containsExactly(440, 1_000);

        // the batch close leaves a month with adjustments to a person
        attendanceClosed(mvc, "alpha.admin", office, "2024-11");
        BatchClose.MonthClosed batched = TenantContext.callAs(ALPHA, () -> batch.closeAll(YearMonth.of(2024, 11), "system:batch"));
        assertThat(batched.closed()).isEmpty();
        assertThat(batched.leftOpen()).containsExactly(new BatchClose.LeftOpen(new OfficeId(office), BatchClose.LeftOpenBecause.ADJUSTMENTS, null));

        // 30,000 − 1,440 = 28,560 left to share: 上田's 4 hours alone (base 880, the rest 27,680) plus his 440; 阿部 1,000
        String preview = answer("alpha.admin", get(RUN, office, "2024-11"), "ja", 200);
        assertThat(JsonPath.<Integer>read(preview, "$.adjustments")).isEqualTo(1_440);
        assertThat(JsonPath.<Integer>read(preview, "$.available")).isEqualTo(28_560);
        assertThat(JsonPath.<List<String>>read(preview, "$.lines[*].kana")).containsExactly("アベ ハジメ", "ウエダ ハジメ");
        assertThat(JsonPath.<List<Integer>>read(preview, "$.lines[*].minutes")).containsExactly(0, 240);
        assertThat(JsonPath.<List<Integer>>read(preview, "$.lines[*].adjustment")).containsExactly(1_000, 440);
        assertThat(JsonPath.<List<Integer>>read(preview, "$.lines[*].total")).containsExactly(1_000, 29_000);
        assertThat(JsonPath.<Integer>read(preview, "$.totalPaid")).isEqualTo(30_000);

        String closed = answer("alpha.admin", post(RUN + "/close", office, "2024-11"), "ja", 200);
        assertThat(JsonPath.<Integer>read(closed, "$.totalPaid")).isEqualTo(30_000);
        assertThat(JsonPath.<String>read(closed, "$.trail")).contains("adjustments=1440 count=2", "totalPaid=30000");
        assertThat(events.stream(WagesMonthClosed.class).filter(e -> e.officeId().value().equals(office)))
                .contains(new WagesMonthClosed(ALPHA, new OfficeId(office), YearMonth.of(2024, 11), Yen.of(30_000)));
        assertThat(inTenant(ALPHA, () -> queries.paid(new OfficeId(office), new PersonId(abe), YearMonth.of(2024, 11)))).contains(Yen.of(1_000));
        // the stored run reads back the same
        assertThat(JsonPath.<List<Integer>>read(answer("alpha.admin", get(RUN, office, "2024-11"), "ja", 200), "$.lines[*].total"))
                .containsExactly(1_000, 29_000);

        // final once its month is closed: neither added nor withdrawn, by the service and by the database
        long stored = rows("select count(*) from wages_adjustment");
        answer("alpha.admin", adjustment(office, "2024-11", abe, "2024-10", 100, "遅れて"), "ja", 400);
        String toClosed = answer("alpha.admin", post(ADJUSTMENTS + "/{a}/withdraw", office, "2024-11",
                UUID.fromString(JsonPath.read(toUeda, "$.id"))).contentType("application/json").content("{\"reason\": \"取消し\"}"), "ja", 400);
        assertThat(JsonPath.<String>read(toClosed, "$.errors[0].field")).isEqualTo("month");
        assertThat(rows("select count(*) from wages_adjustment")).isEqualTo(stored);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update(
                "delete from wages_adjustment where office_id = ?", office))).hasMessageContaining("its adjustments are final");

        // audited: the two recorded, the one withdrawn
        assertThat(rows("select count(*) from audit_record where resource = 'wages_adjustment' and action = 'CREATE' and office_id = ?", office))
                .isEqualTo(3);
        assertThat(rows("select count(*) from audit_record where resource = 'wages_adjustment' and action = 'DELETE' and office_id = ? "
                + "and details like '%二重登録のため取消し%'", office)).isEqualTo(1);

        // the closed month's page lists them with their reasons, and no form
        String shown = mvc.perform(get(page).param("month", "2024-11").with(uiUser("alpha.admin"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(shown).contains("10月7日の退所時刻の記録漏れ (2時間)", "10月分の配分の計算誤り", "1,440円").doesNotContain("adjustment-form", "二重登録");

        // the month's CSV carries the adjustment in a column of its own
        String csv = new String(mvc.perform(as("alpha.admin", get(RUN + "/payments.csv", office, "2024-11"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("残余の配分,調整,工賃支給額", "アベ ハジメ,阿部 一,TYPE_B,0,0.00,0,0,0,0,1000,1000",
                "ウエダ ハジメ,上田 一,TYPE_B,1,4.00,0,220,880,27680,440,29000");

        // 阿部's payslip says what the 1,000 yen is for
        byte[] pdf = mvc.perform(as("alpha.admin", get(RUN + "/payslips/{p}.pdf", office, "2024-11", abe))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("調整(令和6年10月(2024-10)分:10月分の配分の計算誤り)", "1,000円");
        }
    }

    @Test
    @DisplayName("adjustments of another tenant's office or another office answer 404; the auditor 403")
    void isolation() throws Exception {
        UUID works = office(ALPHA, "1310000005");
        UUID someone = UUID.randomUUID();
        for (MockHttpServletRequestBuilder r : List.of(get(ADJUSTMENTS, works, "2026-12"),
                adjustment(works, "2026-12", someone, "2026-10", 100, "侵入"))) {
            mvc.perform(as("beta.admin", r)).andExpect(status().isNotFound());
        }
        mvc.perform(as("alpha.admin", get(ADJUSTMENTS, office(BETA, "2710000001"), "2026-12"))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get(ADJUSTMENTS, office(ALPHA, "1310000001"), "2026-12"))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.auditor", get(ADJUSTMENTS, works, "2026-12"))).andExpect(status().isForbidden());
        mvc.perform(as("alpha.auditor", adjustment(works, "2026-12", someone, "2026-10", 100, "監査"))).andExpect(status().isForbidden());
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select count(*) from wages_adjustment", Long.class))).isZero();
    }
}
