package jp.tsunagu.wages;

import static jp.tsunagu.wages.WagesFixtures.activity;
import static jp.tsunagu.wages.WagesFixtures.attendanceClosed;
import static jp.tsunagu.wages.WagesFixtures.entered;
import static jp.tsunagu.wages.WagesFixtures.entry;
import static jp.tsunagu.wages.WagesFixtures.payRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.PlatformFixtures;
import jp.tsunagu.testsupport.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Scanned vouchers (証憑) kept with their ledger entries: a PDF or an image by its content, at most 5 MB, refused in a
 * closed month; through the API and the ledger page. An office of its own (made here), so months are free.
 */
class VoucherScanIT extends IntegrationTest {
    private static final String SCAN = "/api/v1/offices/{o}/wages/ledger/{m}/entries/{e}/scan";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static MockMultipartFile file(String name, String type, byte[] content) {
        return new MockMultipartFile("file", name, type, content);
    }

    /** An upload of {@code f} by {@code user} to the entry's scan (a multipart request carries the token itself). */
    private static MockMultipartHttpServletRequestBuilder upload(String user, UUID office, String month, UUID entry, MockMultipartFile f) {
        MockMultipartHttpServletRequestBuilder request = multipart(SCAN, office, month, entry).file(f);
        request.header("Authorization", "Bearer " + TestTokens.token(user));
        return request;
    }

    private long rows() {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from production_entry_scan", Long.class));
    }

    @Test
    @DisplayName("a PDF voucher is kept with its entry and comes back byte for byte; a text file named .pdf, an empty file and one over 5 MB are refused naming the file (ja, en), nothing stored; a closed month takes none; 404 for another tenant, 403 for the auditor; the ledger page attaches and shows it")
    void scannedVouchers() throws Exception {
        UUID office = PlatformFixtures.office(mvc, "alpha.admin", "証憑作業所", "TYPE_B", "planning", "workspace", "wages");
        UUID activity = activity(mvc, "alpha.admin", office, "受託作業");
        UUID receipt = entered(mvc, "alpha.admin", office, "2026-06", entry(activity, "MATERIALS", "P-0601", "2026-06-10", "山田商店", 12_000));

        String kept = mvc.perform(upload("alpha.admin", office, "2026-06", receipt, file("山田商店 領収書.pdf", "application/pdf", PDF)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(kept, "$.contentType")).isEqualTo("application/pdf");
        assertThat(JsonPath.<String>read(kept, "$.filename")).isEqualTo("山田商店 領収書.pdf");
        assertThat(JsonPath.<String>read(kept, "$.sha256")).hasSize(64);
        byte[] back = mvc.perform(as("alpha.admin", get(SCAN, office, "2026-06", receipt))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(PDF);
        String entries = mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/wages/ledger/{m}/entries", office, "2026-06")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Boolean>>read(entries, "$[*].scanned")).containsExactly(true);

        long stored = rows();
        String text = mvc.perform(upload("alpha.admin", office, "2026-06", receipt,
                        file("請求書.pdf", "application/pdf", "これは PDF ではない".getBytes(StandardCharsets.UTF_8))).header("Accept-Language", "ja"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(text, "$.errors[0].field")).isEqualTo("file");
        assertThat(JsonPath.<String>read(text, "$.errors[0].message")).isEqualTo("証憑は PDF・JPEG・PNG のファイルを添付してください (ファイルの中身で判定しています)。");
        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        String tooLarge = mvc.perform(upload("alpha.admin", office, "2026-06", receipt, file("big.pdf", "application/pdf", big))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(tooLarge, "$.errors[0].message")).isEqualTo("The file of the voucher (5,120 KB) is too large. Attach a PDF, JPEG or PNG of at most 5 MB.");
        mvc.perform(upload("alpha.admin", office, "2026-06", receipt, file("empty.png", "image/png", new byte[0])))
                .andExpect(status().isBadRequest());
        assertThat(rows()).isEqualTo(stored);
        assertThat(mvc.perform(as("alpha.admin", get(SCAN, office, "2026-06", receipt))).andReturn().getResponse().getContentAsByteArray()).isEqualTo(PDF);

        mvc.perform(as("alpha.admin", post(SCAN, office, "2026-06", receipt).contentType("application/json").content("{}")))
                .andExpect(status().isBadRequest()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field").value("file"));
        mvc.perform(as("beta.admin", get(SCAN, office, "2026-06", receipt))).andExpect(status().isNotFound());
        mvc.perform(upload("beta.admin", office, "2026-06", receipt, file("x.pdf", "application/pdf", PDF)))
                .andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get(SCAN, office, "2026-07", receipt))).andExpect(status().isNotFound()); // another month's path
        mvc.perform(upload("alpha.auditor", office, "2026-06", receipt, file("x.pdf", "application/pdf", PDF)))
                .andExpect(status().isForbidden());

        // the ledger page: attach a PNG to another voucher, then open it from the page's link
        UUID sale = entered(mvc, "alpha.admin", office, "2026-06", entry(activity, "CONTRACT_INCOME", "R-0601", "2026-06-30", "ミドリ製作所", 50_000));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        String page = "/offices/" + office + "/wages/ledger";
        mvc.perform(multipart(page + "/entries/" + sale + "/scan").file(file("請求書.png", "image/png", png)).param("month", "2026-06")
                        .with(uiUser("alpha.admin")).with(csrf()))
                .andExpect(flash().attribute("message", "証憑を添付しました。"));
        assertThat(mvc.perform(get(page + "/entries/" + sale + "/scan").param("month", "2026-06").with(uiUser("alpha.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(png);
        assertThat(mvc.perform(get(page).param("month", "2026-06").with(uiUser("alpha.admin"))).andReturn().getResponse().getContentAsString())
                .contains("/entries/" + sale + "/scan?month=2026-06", "/entries/" + receipt + "/scan?month=2026-06");

        // a closed month (pool 1 − 1 = 0, nobody worked: a run of nothing closes) takes no scan
        payRule(mvc, "alpha.admin", office, "2026-04", "{\"basis\": \"EQUAL_SHARES\"}");
        UUID closedMonthEntry = entered(mvc, "alpha.admin", office, "2026-05", entry(activity, "MATERIALS", "P-0501", "2026-05-10", "山田商店", 1));
        entered(mvc, "alpha.admin", office, "2026-05", entry(activity, "SALES", "R-0501", "2026-05-10", "直売", 1));
        attendanceClosed(mvc, "alpha.admin", office, "2026-05");
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/wages/runs/{m}/close", office, "2026-05"))).andExpect(status().isOk());
        String closed = mvc.perform(upload("alpha.admin", office, "2026-05", closedMonthEntry, file("late.pdf", "application/pdf", PDF))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(closed, "$.errors[0].field")).isEqualTo("month");
        assertThat(rows()).isEqualTo(stored + 1);
    }
}
