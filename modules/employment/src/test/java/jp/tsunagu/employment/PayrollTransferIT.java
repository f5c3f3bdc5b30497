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
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.workspace.WorkspaceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The 全銀 給与振込 file of a month closed for real at an office of its own in 東京 (1,300 yen an hour, commuting 3,000
 * yen): September 2026, 小川 (net 24,902 yen, as PayrollRunIT works it out) and 相田 (7 h 30 min).
 */
class PayrollTransferIT extends IntegrationTest {
    private static final Charset SJIS = Charset.forName("Shift_JIS");
    private static final String BASE = "/api/v1/offices/{o}/employment";
    private static final String ACCOUNT = BASE + "/bank-accounts/{p}";
    private static final String REQUESTER = BASE + "/transfer-requester";
    private static final String FILE = BASE + "/payroll/{m}/transfer.txt";
    private static final String REQUESTER_BODY = """
            {"code": "123456789", "nameKana": "シャカイフクシホウジン　つなぐ", "bankCode": "0001", "bankNameKana": "ミズホ",
             "branchCode": "001", "branchNameKana": "トウキョウ", "accountType": "ORDINARY", "accountNumber": "1234567"}""";

    private MockHttpServletResponse answer(String user, MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(user, request.header("Accept-Language", language))).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s: %s", user, response.getContentAsString()).isEqualTo(status);
        return response;
    }

    private String json(String user, MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        return answer(user, request, language, status).getContentAsString();
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String json) {
        return request.contentType("application/json").content(json);
    }

    private static String account(String holder) {
        return """
                {"bankCode": "0009", "bankNameKana": "ミツイスミトモ", "branchCode": "123", "branchNameKana": "シンジュク",
                 "accountType": "ORDINARY", "accountNumber": "7654321", "holderNameKana": "%s"}""".formatted(holder);
    }

    private long rows(String table, UUID office) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table + " where office_id = ?", Long.class, office));
    }

    private long auditedAbout(String action, String resource, UUID person) {
        return inTenant(ALPHA, () -> jdbc.queryForObject(
                "select count(*) from audit_record where action = ? and resource = ? and subject_person_id = ?", Long.class, action, resource, person));
    }

    /** The file's records: each 120 bytes followed by CR LF, decoded from Shift_JIS. */
    private static List<String> records(byte[] file) {
        assertThat(file.length % 122).as("records of 120 bytes and CR LF").isZero();
        List<String> records = new ArrayList<>();
        for (int at = 0; at < file.length; at += 122) {
            assertThat(Arrays.copyOfRange(file, at + 120, at + 122)).containsExactly('\r', '\n');
            records.add(new String(file, at, 120, SJIS));
        }
        return records;
    }

    @Test
    @DisplayName("a closed September: accounts checked as the file carries them (kanji, a short bank code refused in ja and en, nothing stored); the open month 400; a user without an account refuses the file naming the count unless skipped; the 給与振込 file: Shift_JIS, 120-byte records with CRLF, 種別コード 11, net pay per user, the trailer's count and total; exports audited about each user; another tenant 404, the auditor 403")
    void theTransferFileOfAClosedMonth() throws Exception {
        UUID office = EmploymentFixtures.office(mvc, "alpha.admin", "東京A型事業所 (給与振込)", "TOKYO", "13");
        UUID group = WorkspaceFixtures.group(mvc, "alpha.admin", office, "A型 検品 (振込)", "EMPLOYED_A");
        UUID ogawa = employedUser(mvc, "alpha.admin", office, "小川", "オガワ", "2026-04-01", "2027-03-31");
        UUID aida = employedUser(mvc, "alpha.admin", office, "相田", "アイダ", "2026-04-01", "2027-03-31");
        json("alpha.admin", body(post(BASE + "/contracts", office), contract(ogawa, "2026-09-01", null, 1_300)), "ja", 201);
        json("alpha.admin", body(post(BASE + "/contracts", office), contract(aida, "2026-09-01", null, 1_300)), "ja", 201);
        json("alpha.admin", body(put(BASE + "/payroll-profiles/{p}", office, ogawa), """
                {"dependents": 0, "disability": true, "employmentInsuranceFrom": "2026-09-01", "residentTaxMonthly": 1000}"""), "ja", 200);

        // accounts the layout cannot carry: refused naming the field, nothing stored
        String kanji = json("alpha.admin", body(put(ACCOUNT, office, ogawa), account("小川 一郎")), "ja", 400);
        assertThat(JsonPath.<String>read(kanji, "$.errors[0].field")).isEqualTo("holderNameKana");
        assertThat(JsonPath.<String>read(kanji, "$.errors[0].message"))
                .isEqualTo("口座名義 (カナ)に全銀フォーマットで使えない文字「小」があります。使えるのはカナ・英大文字・数字・スペースと記号 ( ) . - だけです。");
        String kanjiEn = json("alpha.admin", body(put(ACCOUNT, office, ogawa), account("小川 一郎")), "en", 400);
        assertThat(JsonPath.<String>read(kanjiEn, "$.errors[0].message")).startsWith("The character \"小\" in the account holder name (kana) cannot be");
        String code = json("alpha.admin", body(put(ACCOUNT, office, ogawa), account("オガワ イチロウ").replace("\"0009\"", "\"12\"")), "en", 400);
        assertThat(JsonPath.<String>read(code, "$.errors[0].field")).isEqualTo("bankCode");
        assertThat(JsonPath.<String>read(code, "$.errors[0].message")).isEqualTo("Enter the bank code as exactly 4 digits (\"12\" is not allowed).");
        String savings = json("alpha.admin", body(put(REQUESTER, office), REQUESTER_BODY.replace("ORDINARY", "SAVINGS")), "ja", 400);
        assertThat(JsonPath.<String>read(savings, "$.errors[0].field")).isEqualTo("accountType");
        String notEmployed = json("alpha.admin", body(put(ACCOUNT, office, UUID.randomUUID()), account("ダレカ")), "ja", 400);
        assertThat(JsonPath.<String>read(notEmployed, "$.errors[0].field")).isEqualTo("personId");
        assertThat(rows("payroll_bank_account", office)).isZero();
        assertThat(rows("payroll_transfer_requester", office)).isZero();
        json("alpha.admin", get(ACCOUNT, office, ogawa), "ja", 404);

        // stored as the file carries them
        String stored = json("alpha.admin", body(put(ACCOUNT, office, ogawa), account("おがわ　いちろう")), "ja", 200);
        assertThat(JsonPath.<String>read(stored, "$.holderNameKana")).isEqualTo("ｵｶﾞﾜ ｲﾁﾛｳ");
        assertThat(JsonPath.<String>read(stored, "$.holderNameEntered")).isEqualTo("おがわ　いちろう");
        assertThat(JsonPath.<String>read(json("alpha.admin", get(ACCOUNT, office, ogawa), "ja", 200), "$.accountNumber")).isEqualTo("7654321");
        assertThat(auditedAbout("CREATE", "payroll_bank_account", ogawa)).isOne();
        assertThat(auditedAbout("READ", "payroll_bank_account", ogawa)).isOne();

        // September: 小川 as PayrollRunIT (net 24,902), 相田 7 h 30 min; open, then closed
        clocked(mvc, "alpha.admin", office, ogawa, group, "2026-09-01", "10:00", "15:00", 60);
        clocked(mvc, "alpha.admin", office, ogawa, group, "2026-09-02", "09:00", "19:20", 60);
        clocked(mvc, "alpha.admin", office, ogawa, group, "2026-09-06", "10:00", "14:00", 60);
        clocked(mvc, "alpha.admin", office, aida, group, "2026-09-03", "09:00", "17:30", 60);
        recordsClosed(mvc, "alpha.admin", office, "2026-09");
        String open = json("alpha.admin", get(FILE, office, "2026-09").param("transferDate", "2026-10-23"), "ja", 400);
        assertThat(JsonPath.<String>read(open, "$.errors[0].field")).isEqualTo("month");
        String closed = json("alpha.admin", post(BASE + "/payroll/{m}/close", office, "2026-09"), "ja", 200);
        long ogawaNet = JsonPath.<List<Integer>>read(closed, "$.slips[?(@.personId == '" + ogawa + "')].net").get(0);
        long aidaNet = JsonPath.<List<Integer>>read(closed, "$.slips[?(@.personId == '" + aida + "')].net").get(0);
        assertThat(ogawaNet).isEqualTo(24_902);
        assertThat(aidaNet).isPositive();

        // no requester yet; then 相田 has no account: refused naming the count, in Japanese and English
        String noRequester = json("alpha.admin", get(FILE, office, "2026-09").param("transferDate", "2026-10-23"), "ja", 400);
        assertThat(JsonPath.<String>read(noRequester, "$.errors[0].field")).isEqualTo("transferRequester");
        json("alpha.admin", body(put(REQUESTER, office), REQUESTER_BODY), "ja", 200);
        String missing = json("alpha.admin", get(FILE, office, "2026-09").param("transferDate", "2026-10-23"), "ja", 400);
        assertThat(JsonPath.<String>read(missing, "$.errors[0].field")).isEqualTo("bankAccounts");
        assertThat(JsonPath.<String>read(missing, "$.errors[0].message")).startsWith("2026-09 の給与を支払う利用者のうち 1 人に振込口座が登録されていません。");
        String missingEn = json("alpha.admin", get(FILE, office, "2026-09").param("transferDate", "2026-10-23"), "en", 400);
        assertThat(JsonPath.<String>read(missingEn, "$.errors[0].message")).startsWith("1 of the users paid for 2026-09 have no bank account.");
        assertThat(auditedAbout("EXPORT", "payroll_transfer_file", ogawa)).isZero();

        // without 相田: one transfer
        byte[] one = answer("alpha.admin", get(FILE, office, "2026-09").param("transferDate", "2026-10-23").param("skipMissing", "true"),
                "ja", 200).getContentAsByteArray();
        assertThat(records(one)).hasSize(4);
        assertThat(auditedAbout("EXPORT", "payroll_transfer_file", ogawa)).isOne();
        assertThat(auditedAbout("EXPORT", "payroll_transfer_file", aida)).isZero();

        // both: the file
        json("alpha.admin", body(put(ACCOUNT, office, aida), account("アイダ ハナコ").replace("7654321", "555")), "ja", 200);
        MockHttpServletResponse response = answer("alpha.admin", get(FILE, office, "2026-09").param("transferDate", "2026-10-23"), "ja", 200);
        assertThat(response.getHeader("Content-Disposition")).contains("kyuyo-furikomi-2026-09.txt");
        List<String> records = records(response.getContentAsByteArray());
        assertThat(records).hasSize(5);
        String header = records.get(0);
        assertThat(header.substring(0, 4)).isEqualTo("1110"); // データ区分 1, 種別コード 11 給与振込, コード区分 0
        assertThat(header.substring(4, 14)).isEqualTo("0123456789");
        assertThat(header.substring(14, 54).strip()).isEqualTo("ｼﾔｶｲﾌｸｼﾎｳｼﾞﾝ ﾂﾅｸﾞ");
        assertThat(header.substring(54, 58)).isEqualTo("1023");
        String aidaRecord = records.get(1); // by kana: アイダ, then オガワ
        String ogawaRecord = records.get(2);
        assertThat(aidaRecord.substring(0, 1)).isEqualTo("2");
        assertThat(aidaRecord.substring(43, 50)).isEqualTo("0000555");
        assertThat(aidaRecord.substring(80, 90)).isEqualTo("%010d".formatted(aidaNet));
        assertThat(ogawaRecord.substring(1, 5)).isEqualTo("0009");
        assertThat(ogawaRecord.substring(50, 80).strip()).isEqualTo("ｵｶﾞﾜ ｲﾁﾛｳ");
        assertThat(ogawaRecord.substring(80, 90)).isEqualTo("0000024902");
        String trailer = records.get(3);
        assertThat(trailer.substring(0, 7)).isEqualTo("8000002");
        assertThat(trailer.substring(7, 19)).isEqualTo("%012d".formatted(ogawaNet + aidaNet));
        assertThat(records.get(4)).isEqualTo("9" + " ".repeat(119));
        assertThat(auditedAbout("EXPORT", "payroll_transfer_file", ogawa)).isEqualTo(2);
        assertThat(auditedAbout("EXPORT", "payroll_transfer_file", aida)).isOne();

        // another tenant does not see the office; the auditor may not read pay
        for (MockHttpServletRequestBuilder r : List.of(get(FILE, office, "2026-09").param("transferDate", "2026-10-23"),
                get(ACCOUNT, office, ogawa), body(put(ACCOUNT, office, ogawa), account("ｵｶﾞﾜ")), body(put(REQUESTER, office), REQUESTER_BODY))) {
            answer("beta.admin", r, "ja", 404);
        }
        answer("alpha.auditor", get(FILE, office, "2026-09").param("transferDate", "2026-10-23"), "ja", 403);
        answer("alpha.auditor", get(ACCOUNT, office, ogawa), "ja", 403);
        answer("alpha.auditor", body(put(ACCOUNT, office, ogawa), account("ｵｶﾞﾜ")), "ja", 403);
    }
}
