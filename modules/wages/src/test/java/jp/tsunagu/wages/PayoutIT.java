package jp.tsunagu.wages;

import static jp.tsunagu.wages.WagesFixtures.activity;
import static jp.tsunagu.wages.WagesFixtures.attendanceClosed;
import static jp.tsunagu.wages.WagesFixtures.entered;
import static jp.tsunagu.wages.WagesFixtures.entry;
import static jp.tsunagu.wages.WagesFixtures.payRule;
import static jp.tsunagu.wages.WagesFixtures.typeBUser;
import static jp.tsunagu.wages.WagesFixtures.workedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Paying 工賃 out at alpha's works office 1310000005: payment methods, the office's 振込依頼人, the 全銀 総合振込 file
 * and the cash receipts (受領書) of a closed month. Months of its own: 2025-07 (a month paid by transfer and in cash),
 * 2025-08 (a receipt on paper), 2025-09 (never closed); the users' certificates run 2025-04-01 to 2026-03-31. The
 * office's first pay rules start in 2025-06 (220 yen per hour, the rest by hours), stored by whichever test of the
 * module runs first; no version can be stored after a closed month, so these months rely on that one.
 */
class PayoutIT extends IntegrationTest {
    private static final String RULES = "/api/v1/offices/{o}/wages/pay-rules";
    private static final String RUN = "/api/v1/offices/{o}/wages/runs/{m}";
    private static final String METHOD = "/api/v1/offices/{o}/wages/payment-methods/{p}";
    private static final String REQUESTER = "/api/v1/offices/{o}/wages/bank-requester";
    private static final String PAYOUT = RUN + "/payout";
    private static final String BANK_FILE = RUN + "/bank-file";
    private static final String RECEIPTS_PDF = RUN + "/receipts.pdf";
    private static final String RECEIPT = RUN + "/receipts/{p}";
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final String REQUESTER_BODY = """
            {"code": "123456789", "nameKana": "しゃかいふくしほうじん つなぐかい", "bankCode": "0005", "bankNameKana": "ミツビシ",
             "branchCode": "001", "branchNameKana": "ホンテン", "accountType": "ORDINARY", "accountNumber": "7654321"}""";

    private UUID works() throws Exception {
        return WagesFixtures.withRulesSince2025June(mvc, office(ALPHA, "1310000005"));
    }

    private long rows(String table) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    private long audited(String resource, String action) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where resource = ? and action = ?", Long.class,
                resource, action));
    }

    private String json(String user, MockHttpServletRequestBuilder request) throws Exception {
        return answer(user, request, "ja", 200);
    }

    private String answer(String user, MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        return response(user, request, language, status).getContentAsString();
    }

    private MockHttpServletResponse response(String user, MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        return mvc.perform(as(user, request.header("Accept-Language", language))).andExpect(status().is(status)).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String json) {
        return request.contentType("application/json").content(json);
    }

    private static String bank(String month, String holder) {
        return """
                {"effectiveMonth": "%s", "method": "BANK_TRANSFER", "bankCode": "0001", "bankNameKana": "みずほ", "branchCode": "１２３",
                 "branchNameKana": "シブヤ", "accountType": "ORDINARY", "accountNumber": "1234567", "holderNameKana": "%s"}"""
                .formatted(month, holder);
    }

    private static String cash(String month) {
        return "{\"effectiveMonth\": \"%s\", \"method\": \"CASH\"}".formatted(month);
    }

    /** A signature as the tablet's canvas gives it: a PNG data URL (a small drawing of one stroke). */
    private static String drawnSignature() throws Exception {
        BufferedImage image = new BufferedImage(60, 20, BufferedImage.TYPE_INT_ARGB);
        for (int x = 5; x < 55; x++) {
            image.setRGB(x, 10 + (x % 5), 0xff000000);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static String pdfText(byte[] pdf, int pages) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @DisplayName("a month paid by transfer and in cash: 佐藤 (8 h) by transfer, 鈴木 (4 h) in cash, 高橋 (4 h) without a method; pool 40,000 → 20,000, 10,000, 10,000; the 全銀 file carries ｻﾄｳ ﾊｼﾞﾒ and 20,000 with the trailer's total, the receipt PDF 10,000, a receipt on the tablet once; all audited")
    void aMonthPaidByTransferAndInCash() throws Exception {
        UUID works = works();
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", works, "B型 軽作業 (2025年7月)", "TYPE_B");
        UUID sato = typeBUser(mvc, "alpha.admin", works, "佐藤", "サトウ", "2025-04-01", "2026-03-31");
        UUID suzuki = typeBUser(mvc, "alpha.admin", works, "鈴木", "スズキ", "2025-04-01", "2026-03-31");
        UUID takahashi = typeBUser(mvc, "alpha.admin", works, "高橋", "タカハシ", "2025-04-01", "2026-03-31");
        workedDay(mvc, "alpha.admin", works, sato, group, "2025-07-07", "10:00", "15:00");
        workedDay(mvc, "alpha.admin", works, sato, group, "2025-07-08", "10:00", "15:00");
        workedDay(mvc, "alpha.admin", works, suzuki, group, "2025-07-07", "10:00", "15:00");
        workedDay(mvc, "alpha.admin", works, takahashi, group, "2025-07-08", "10:00", "15:00");
        UUID contract = activity(mvc, "alpha.admin", works, "受託作業 (2025年7月)");
        entered(mvc, "alpha.admin", works, "2025-07", entry(contract, "CONTRACT_INCOME", "R-2507", "2025-07-31", "株式会社ミドリ製作所", 40_000));

        // the office's requester and the two users' methods, kept as the file will carry them and as typed
        String requester = json("alpha.admin", body(put(REQUESTER, works), REQUESTER_BODY));
        assertThat(JsonPath.<String>read(requester, "$.code")).isEqualTo("0123456789");
        assertThat(JsonPath.<String>read(requester, "$.account.holderNameKana")).isEqualTo("ｼﾔｶｲﾌｸｼﾎｳｼﾞﾝ ﾂﾅｸﾞｶｲ");
        long methodWrites = audited("payment_method", "CREATE");
        String method = json("alpha.admin", body(put(METHOD, works, sato), bank("2025-07", "さとう　はじめ")));
        assertThat(JsonPath.<String>read(method, "$.method")).isEqualTo("BANK_TRANSFER");
        assertThat(JsonPath.<String>read(method, "$.account.holderNameKana")).isEqualTo("ｻﾄｳ ﾊｼﾞﾒ");
        assertThat(JsonPath.<String>read(method, "$.account.holderNameEntered")).isEqualTo("さとう　はじめ");
        assertThat(JsonPath.<String>read(method, "$.account.bankNameKana")).isEqualTo("ﾐｽﾞﾎ");
        assertThat(JsonPath.<String>read(method, "$.account.branchCode")).isEqualTo("123");
        json("alpha.admin", body(put(METHOD, works, suzuki), cash("2025-07")));
        assertThat(audited("payment_method", "CREATE")).isEqualTo(methodWrites + 2);
        long methodReads = audited("payment_method", "READ");
        assertThat(JsonPath.<List<String>>read(json("alpha.admin", get(METHOD, works, sato)), "$.versions[*].account.accountNumber"))
                .containsExactly("1234567");
        assertThat(audited("payment_method", "READ")).isEqualTo(methodReads + 1);

        // the month is not closed: no summary, file, receipts or receipt (ja, en), nothing stored
        String open = answer("alpha.admin", get(BANK_FILE, works, "2025-07").param("transferDate", "2025-08-25"), "ja", 400);
        assertThat(JsonPath.<String>read(open, "$.errors[0].field")).isEqualTo("month");
        assertThat(JsonPath.<String>read(open, "$.errors[0].message")).isEqualTo("2025-07 の工賃はまだ確定していません。月次の工賃を確定してから支払ってください。");
        String openEn = answer("alpha.admin", get(PAYOUT, works, "2025-07"), "en", 400);
        assertThat(JsonPath.<String>read(openEn, "$.errors[0].message")).isEqualTo("The 工賃 of 2025-07 are not closed yet. Close the monthly run before paying.");
        answer("alpha.admin", get(RECEIPTS_PDF, works, "2025-07"), "ja", 400);
        long receipts = rows("cash_receipt");
        String early = answer("alpha.admin", body(post(RECEIPT, works, "2025-07", suzuki), "{\"method\": \"PAPER\", \"receivedOn\": \"2025-07-31\"}"), "ja", 400);
        assertThat(JsonPath.<String>read(early, "$.errors[0].field")).isEqualTo("month");
        assertThat(rows("cash_receipt")).isEqualTo(receipts);

        attendanceClosed(mvc, "alpha.admin", works, "2025-07");
        String run = json("alpha.admin", post(RUN + "/close", works, "2025-07"));
        assertThat(JsonPath.<List<String>>read(run, "$.lines[*].kana")).containsExactly("サトウ ハジメ", "スズキ ハジメ", "タカハシ ハジメ");
        assertThat(JsonPath.<List<Integer>>read(run, "$.lines[*].total")).containsExactly(20_000, 10_000, 10_000);

        // the summary: who is paid how, accounts masked, the user without a method listed
        long reads = audited("wages_payout", "READ");
        String payout = json("alpha.admin", get(PAYOUT, works, "2025-07"));
        assertThat(JsonPath.<List<String>>read(payout, "$.lines[*].status")).containsExactly("TRANSFER", "RECEIPT_PENDING", "NO_METHOD");
        assertThat(JsonPath.<List<Integer>>read(payout, "$.lines[*].amount")).containsExactly(20_000, 10_000, 10_000);
        assertThat(JsonPath.<String>read(payout, "$.lines[0].account.accountNumber")).isEqualTo("****567");
        assertThat(payout).doesNotContain("1234567");
        assertThat(JsonPath.<List<String>>read(payout, "$.withoutMethod[*].personId")).containsExactly(takahashi.toString());
        assertThat(JsonPath.<Integer>read(payout, "$.transfers.total")).isEqualTo(20_000);
        assertThat(JsonPath.<Integer>read(payout, "$.cash.count")).isEqualTo(1);
        assertThat(audited("wages_payout", "READ")).isEqualTo(reads + 3); // one about each user shown

        // the 総合振込 file: header, one data record, trailer, end; 120 bytes and CRLF each, Shift_JIS
        String missing = answer("alpha.admin", get(BANK_FILE, works, "2025-07"), "en", 400);
        assertThat(JsonPath.<String>read(missing, "$.errors[0].field")).isEqualTo("transferDate");
        String notADate = answer("alpha.admin", get(BANK_FILE, works, "2025-07").param("transferDate", "2025-02-30"), "en", 400);
        assertThat(JsonPath.<String>read(notADate, "$.errors[0].field")).isEqualTo("transferDate");
        long exports = audited("wages_bank_file", "EXPORT");
        MockHttpServletResponse file = response("alpha.admin", get(BANK_FILE, works, "2025-07").param("transferDate", "2025-08-25"), "ja", 200);
        assertThat(file.getContentType()).isEqualTo("application/octet-stream");
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment").contains("sogo-furikomi-2025-07.txt");
        byte[] bytes = file.getContentAsByteArray();
        assertThat(bytes).hasSize(4 * 122);
        List<String> records = List.of(new String(bytes, SHIFT_JIS).split("\r\n"));
        assertThat(records).hasSize(4).allSatisfy(r -> assertThat(r).hasSize(120));
        String header = records.get(0);
        assertThat(header.substring(0, 14)).isEqualTo("1210" + "0123456789"); // 総合振込, JIS, the requester code
        assertThat(header.substring(14, 54).strip()).isEqualTo("ｼﾔｶｲﾌｸｼﾎｳｼﾞﾝ ﾂﾅｸﾞｶｲ");
        assertThat(header.substring(54, 62)).isEqualTo("0825" + "0005"); // 振込指定日, 仕向銀行
        String data = records.get(1);
        assertThat(data.substring(0, 5)).isEqualTo("20001"); // データ区分 2, 被仕向銀行 0001
        assertThat(data.substring(5, 20).strip()).isEqualTo("ﾐｽﾞﾎ");
        assertThat(data.substring(20, 23)).isEqualTo("123");
        assertThat(data.substring(42, 50)).isEqualTo("1" + "1234567"); // 普通, the account
        assertThat(data.substring(50, 80).strip()).isEqualTo("ｻﾄｳ ﾊｼﾞﾒ");
        long satoPaid = JsonPath.<Integer>read(run, "$.lines[0].total");
        assertThat(Long.parseLong(data.substring(80, 90))).isEqualTo(satoPaid);
        assertThat(records.get(2).substring(0, 19)).isEqualTo("8" + "000001" + "%012d".formatted(satoPaid)); // 合計件数, 合計金額
        assertThat(records.get(3)).isEqualTo("9" + " ".repeat(119));
        assertThat(audited("wages_bank_file", "EXPORT")).isEqualTo(exports + 1); // about the one payee

        // the receipts to print: 鈴木 alone, with the amount and the month in 和暦 beside ISO
        long printed = audited("cash_receipt", "EXPORT");
        MockHttpServletResponse pdf = response("alpha.admin", get(RECEIPTS_PDF, works, "2025-07"), "ja", 200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdfText(pdf.getContentAsByteArray(), 1)).contains("受領書", "アルファ多機能ワークス 御中", "金 10,000 円",
                "令和7年7月分 (2025-07)", "鈴木 一 (スズキ ハジメ)").doesNotContain("佐藤", "高橋");
        assertThat(audited("cash_receipt", "EXPORT")).isEqualTo(printed + 1);

        // a receipt: not for a transfer or a user without a method (ja, en), on the tablet once, then a conflict
        String notCash = answer("alpha.admin", body(post(RECEIPT, works, "2025-07", sato), "{\"method\": \"PAPER\", \"receivedOn\": \"2025-08-05\"}"), "ja", 400);
        assertThat(JsonPath.<String>read(notCash, "$.errors[0].field")).isEqualTo("personId");
        assertThat(JsonPath.<String>read(notCash, "$.errors[0].message")).isEqualTo("利用者 " + sato + " の 2025-07 の支払方法は現金ではないため、受領書は記録できません。");
        String noMethod = answer("alpha.admin", body(post(RECEIPT, works, "2025-07", takahashi), "{\"method\": \"PAPER\", \"receivedOn\": \"2025-08-05\"}"), "en", 400);
        assertThat(JsonPath.<String>read(noMethod, "$.errors[0].message")).isEqualTo("User " + takahashi + " is not paid in cash in 2025-07, so no cash receipt can be recorded.");
        assertThat(rows("cash_receipt")).isEqualTo(receipts);
        long recorded = audited("cash_receipt", "CREATE");
        String receipt = answer("alpha.admin", body(post(RECEIPT, works, "2025-07", suzuki), "{\"method\": \"TABLET\", \"signature\": \"%s\"}"
                .formatted(drawnSignature())), "ja", 201);
        assertThat(JsonPath.<Integer>read(receipt, "$.amount")).isEqualTo(10_000);
        assertThat(JsonPath.<Boolean>read(receipt, "$.signed")).isTrue();
        assertThat(JsonPath.<String>read(receipt, "$.recordedBy")).isEqualTo("alpha.admin");
        String twice = answer("alpha.admin", body(post(RECEIPT, works, "2025-07", suzuki), "{\"method\": \"PAPER\", \"receivedOn\": \"2025-08-05\"}"), "en", 409);
        assertThat(JsonPath.<String>read(twice, "$.detail")).startsWith("The receipt of the 工賃 of 2025-07 is already recorded (received on ");
        assertThat(rows("cash_receipt")).isEqualTo(receipts + 1);
        assertThat(audited("cash_receipt", "CREATE")).isEqualTo(recorded + 1);
        String paid = json("alpha.admin", get(PAYOUT, works, "2025-07"));
        assertThat(JsonPath.<String>read(paid, "$.lines[1].status")).isEqualTo("RECEIVED");
        assertThat(JsonPath.<String>read(paid, "$.lines[1].receipt.method")).isEqualTo("TABLET");
    }

    @Test
    @DisplayName("a receipt on paper with the day written on it: the month open is refused, a bad signature, no day, a day in the future; the method in force is the latest version on or before the month; a receipt is final")
    void aReceiptOnPaper() throws Exception {
        UUID works = works();
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", works, "B型 軽作業 (2025年8月)", "TYPE_B");
        UUID kobayashi = typeBUser(mvc, "alpha.admin", works, "小林", "コバヤシ", "2025-04-01", "2026-03-31");
        workedDay(mvc, "alpha.admin", works, kobayashi, group, "2025-08-04", "10:00", "15:00");
        UUID shop = activity(mvc, "alpha.admin", works, "直売 (2025年8月)");
        entered(mvc, "alpha.admin", works, "2025-08", entry(shop, "SALES", "R-2508", "2025-08-29", "直売所の売上", 5_000));
        // cash from July, a transfer from September: August is paid in cash
        json("alpha.admin", body(put(METHOD, works, kobayashi), cash("2025-07")));
        json("alpha.admin", body(put(METHOD, works, kobayashi), bank("2025-09", "コバヤシ ハジメ")));
        assertThat(JsonPath.<List<String>>read(json("alpha.admin", get(METHOD, works, kobayashi)), "$.versions[*].effectiveMonth"))
                .containsExactly("2025-09", "2025-07");

        String paperBody = "{\"method\": \"PAPER\", \"receivedOn\": \"2025-09-10\"}";
        String open = answer("alpha.admin", body(post(RECEIPT, works, "2025-08", kobayashi), paperBody), "en", 400);
        assertThat(JsonPath.<String>read(open, "$.errors[0].field")).isEqualTo("month");
        attendanceClosed(mvc, "alpha.admin", works, "2025-08");
        json("alpha.admin", post(RUN + "/close", works, "2025-08"));
        assertThat(JsonPath.<String>read(json("alpha.admin", get(PAYOUT, works, "2025-08")), "$.lines[0].status")).isEqualTo("RECEIPT_PENDING");

        long receipts = rows("cash_receipt");
        String notPng = answer("alpha.admin", body(post(RECEIPT, works, "2025-08", kobayashi),
                "{\"method\": \"TABLET\", \"signature\": \"data:image/png;base64,bm90IGEgcG5n\"}"), "ja", 400);
        assertThat(JsonPath.<String>read(notPng, "$.errors[0].field")).isEqualTo("signature");
        assertThat(JsonPath.<String>read(notPng, "$.errors[0].message")).isEqualTo("タブレットでの受領には署名 (PNG画像、200,000文字以内) が必要です。");
        String noDay = answer("alpha.admin", body(post(RECEIPT, works, "2025-08", kobayashi), "{\"method\": \"PAPER\"}"), "en", 400);
        assertThat(JsonPath.<String>read(noDay, "$.errors[0].field")).isEqualTo("receivedOn");
        assertThat(JsonPath.<String>read(noDay, "$.errors[0].message")).isEqualTo("Enter the day written on the signed paper receipt.");
        String future = answer("alpha.admin", body(post(RECEIPT, works, "2025-08", kobayashi), "{\"method\": \"PAPER\", \"receivedOn\": \"2999-01-01\"}"), "ja", 400);
        assertThat(JsonPath.<String>read(future, "$.errors[0].field")).isEqualTo("receivedOn");
        assertThat(rows("cash_receipt")).isEqualTo(receipts);

        String paper = answer("alpha.admin", body(post(RECEIPT, works, "2025-08", kobayashi), paperBody), "ja", 201);
        assertThat(JsonPath.<String>read(paper, "$.method")).isEqualTo("PAPER");
        assertThat(JsonPath.<String>read(paper, "$.receivedOn")).isEqualTo("2025-09-10");
        assertThat(JsonPath.<Boolean>read(paper, "$.signed")).isFalse();
        String payout = json("alpha.admin", get(PAYOUT, works, "2025-08"));
        assertThat(JsonPath.<String>read(payout, "$.lines[0].status")).isEqualTo("RECEIVED");
        assertThat(JsonPath.<String>read(payout, "$.lines[0].methodFrom")).isEqualTo("2025-07");
        assertThatThrownBy(() -> inTenant(ALPHA, () -> jdbc.update("update cash_receipt set amount = amount + 1 where run_month = '2025-08-01'")))
                .hasMessageContaining("kept as signed");
    }

    @Test
    @DisplayName("an account the 全銀 layout cannot carry is refused naming the field in Japanese and English, nothing stored: kanji in the holder's name (山田), a bank code of 2 digits, a requester's savings account; a user without a B型 contract is refused; a month not closed has no file")
    void accountsTheLayoutCannotCarry() throws Exception {
        UUID works = works();
        UUID yamada = typeBUser(mvc, "alpha.admin", works, "山田", "ヤマダ", "2025-04-01", "2026-03-31");
        long methods = rows("payment_method");
        long requesters = rows("bank_requester");

        String kanji = answer("alpha.admin", body(put(METHOD, works, yamada), bank("2025-09", "山田 花子")), "ja", 400);
        assertThat(JsonPath.<String>read(kanji, "$.errors[0].field")).isEqualTo("holderNameKana");
        assertThat(JsonPath.<String>read(kanji, "$.errors[0].message"))
                .isEqualTo("口座名義 (カナ)に全銀フォーマットで使えない文字「山」があります。使えるのはカナ・英大文字・数字・スペースと記号 ( ) . - だけです。");
        String kanjiEn = answer("alpha.admin", body(put(METHOD, works, yamada), bank("2025-09", "山田 花子")), "en", 400);
        assertThat(JsonPath.<String>read(kanjiEn, "$.errors[0].message"))
                .isEqualTo("The character \"山\" in the account holder name (kana) cannot be carried by the Zengin bank transfer format. "
                        + "Only kana, capital letters A-Z, digits, spaces and the symbols ( ) . - can be used.");
        String code = answer("alpha.admin", body(put(METHOD, works, yamada), bank("2025-09", "ヤマダ ハナコ").replace("\"0001\"", "\"12\"")), "en", 400);
        assertThat(JsonPath.<String>read(code, "$.errors[0].field")).isEqualTo("bankCode");
        assertThat(JsonPath.<String>read(code, "$.errors[0].message")).isEqualTo("Enter the bank code as exactly 4 digits (\"12\" is not allowed).");
        UUID employed = PlanningFixtures.servedPerson(mvc, "alpha.admin", works, "雇用", "コヨウ", "TYPE_A", PlanningFixtures.newNumber());
        String typeA = answer("alpha.admin", body(put(METHOD, works, employed), cash("2026-06")), "ja", 400);
        assertThat(JsonPath.<String>read(typeA, "$.errors[0].field")).isEqualTo("personId");
        assertThat(JsonPath.<String>read(typeA, "$.errors[0].message")).contains("B型または雇用契約のないA型の利用契約がありません");
        String savings = answer("alpha.admin", body(put(REQUESTER, works), REQUESTER_BODY.replace("ORDINARY", "SAVINGS")), "ja", 400);
        assertThat(JsonPath.<String>read(savings, "$.errors[0].field")).isEqualTo("accountType");
        assertThat(JsonPath.<String>read(savings, "$.errors[0].message")).isEqualTo("預金種目は普通預金か当座預金にしてください (貯蓄預金からは振り込めません)。");
        String requesterKanji = answer("alpha.admin", body(put(REQUESTER, works), REQUESTER_BODY.replace("つなぐかい", "つなぐ会")), "en", 400);
        assertThat(JsonPath.<String>read(requesterKanji, "$.errors[0].field")).isEqualTo("nameKana");
        assertThat(rows("payment_method")).isEqualTo(methods);
        assertThat(rows("bank_requester")).isEqualTo(requesters);

        // cash needs no account; a month never closed has no file
        json("alpha.admin", body(put(METHOD, works, yamada), cash("2025-09")));
        assertThat(rows("payment_method")).isEqualTo(methods + 1);
        String open = answer("alpha.admin", get(BANK_FILE, works, "2025-09").param("transferDate", "2025-10-24"), "en", 400);
        assertThat(JsonPath.<String>read(open, "$.errors[0].field")).isEqualTo("month");
    }

    @Test
    @DisplayName("another tenant's user, an office of another tenant and an office without the module answer 404; the auditor and support staff 403")
    void isolationAndPrivileges() throws Exception {
        UUID works = works();
        UUID person = UUID.randomUUID();
        UUID betaOffice = office(BETA, "2710000001");
        UUID planningOnly = office(ALPHA, "1310000001");
        for (UUID office : List.of(works, betaOffice, planningOnly)) {
            List<MockHttpServletRequestBuilder> requests = List.of(get(PAYOUT, office, "2025-07"),
                    get(BANK_FILE, office, "2025-07").param("transferDate", "2025-08-25"), get(RECEIPTS_PDF, office, "2025-07"),
                    body(post(RECEIPT, office, "2025-07", person), "{\"method\": \"PAPER\", \"receivedOn\": \"2025-08-05\"}"),
                    get(METHOD, office, person), body(put(METHOD, office, person), cash("2025-07")), get(REQUESTER, office),
                    body(put(REQUESTER, office), REQUESTER_BODY));
            String user = office.equals(works) ? "beta.admin" : "alpha.admin";
            for (MockHttpServletRequestBuilder r : requests) {
                mvc.perform(as(user, r)).andExpect(status().isNotFound());
            }
        }
        for (MockHttpServletRequestBuilder r : List.of(get(PAYOUT, works, "2025-07"), get(BANK_FILE, works, "2025-07").param("transferDate", "2025-08-25"),
                get(RECEIPTS_PDF, works, "2025-07"), get(METHOD, works, person), get(REQUESTER, works),
                body(put(METHOD, works, person), cash("2025-07")), body(put(REQUESTER, works), REQUESTER_BODY),
                body(post(RECEIPT, works, "2025-07", person), "{\"method\": \"PAPER\", \"receivedOn\": \"2025-08-05\"}"))) {
            mvc.perform(as("alpha.auditor", r)).andExpect(status().isForbidden());
            mvc.perform(as("both.member", r)).andExpect(status().isForbidden());
        }
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select count(*) from payment_method", Long.class))).isZero();
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select count(*) from bank_requester", Long.class))).isZero();
    }
}
