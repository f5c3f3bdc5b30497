package jp.tsunagu.web.zengin;

import static jp.tsunagu.web.zengin.BankMessages.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import jp.tsunagu.web.zengin.BankMessages.Refusal;
import jp.tsunagu.web.zengin.ZenginText.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZenginTextTest {
    private static final String PAYEE = "transfers[0].payeeNameKana";

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("what a person types becomes what the layout holds: half-width kana with separate marks, large kana, a hyphen for ー, A–Z")
    @CsvSource(delimiter = '|', value = {
            "ヤマダ タロウ|ﾔﾏﾀﾞ ﾀﾛｳ",
            "やまだ\u3000たろう|ﾔﾏﾀﾞ ﾀﾛｳ", // hiragana, the full-width space
            "ガギグゲゴ パピプペポ ヴ|ｶﾞｷﾞｸﾞｹﾞｺﾞ ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ ｳﾞ",
            "キャノン ジョッキ|ｷﾔﾉﾝ ｼﾞﾖﾂｷ", // small kana become large
            "ｷｬﾉﾝ|ｷﾔﾉﾝ", // half-width small kana too
            "ヨーコ|ﾖ-ｺ", // the 長音 is written as a hyphen
            "ﾖｰｺ|ﾖ-ｺ",
            "ＡＢＣ１２３|ABC123",
            "abc Corp.|ABC CORP.",
            "（カ）ツナグ|(ｶ)ﾂﾅｸﾞ",
            "カ\u3099タ\u309A|ｶﾞﾀﾟ", // combining marks (decomposed input)
            "'  ｽｽﾞｷ ﾊﾅｺ  '|ｽｽﾞｷ ﾊﾅｺ", // already as the layout holds it; spaces around dropped
    })
    void converts(String typed, String held) {
        assertThat(ZenginText.STANDARD.name(PAYEE, typed, Kind.NAME, 30)).isEqualTo(held);
    }

    @ParameterizedTest(name = "{0}: the character {1}")
    @DisplayName("a character the layout cannot carry is refused, naming the field and that character as typed")
    @CsvSource(delimiter = '|', value = {
            "山田 太郎|山", // kanji: no reading is guessed
            "ヲノ|ヲ",
            "ジョン・スミス|・",
            "ヤマダ,タロウ|,",
            "ヤマダ/タロウ|/",
            "ヤマダ¥|¥",
            "ヤマダ😀|😀",
    })
    void refusesWhatTheLayoutCannotCarry(String typed, String character) {
        Refusal refusal = refusal(() -> ZenginText.STANDARD.name(PAYEE, typed, Kind.NAME, 30));

        assertThat(refusal.field()).isEqualTo(PAYEE);
        assertThat(refusal.code()).isEqualTo("zengin.character");
        assertThat(refusal.ja()).isEqualTo("1件目の受取人名 (カナ)に全銀フォーマットで使えない文字「" + character
                + "」があります。使えるのはカナ・英大文字・数字・スペースと記号 ( ) . - だけです。");
        assertThat(refusal.en()).isEqualTo("The character \"" + character + "\" in the payee name (kana) of transfer 1 cannot be"
                + " carried by the Zengin bank transfer format. Only kana, capital letters A-Z, digits, spaces and the symbols ( ) . - can be used.");
    }

    @Test
    @DisplayName("a bank or branch name admits the hyphen but not the symbols of a person's name")
    void bankNamesAdmitOnlyTheHyphen() {
        assertThat(ZenginText.STANDARD.name("transfers[0].branchNameKana", "ヨコハマエキマエ-ニ", Kind.BANK_NAME, 15)).isEqualTo("ﾖｺﾊﾏｴｷﾏｴ-ﾆ");

        Refusal refusal = refusal(() -> ZenginText.STANDARD.name("transfers[1].branchNameKana", "エキマエ.", Kind.BANK_NAME, 15));

        assertThat(refusal.field()).isEqualTo("transfers[1].branchNameKana");
        assertThat(refusal.ja()).startsWith("2件目の振込先の支店名 (カナ)に全銀フォーマットで使えない文字「.」").endsWith("記号 - だけです。");
    }

    @Test
    @DisplayName("a name longer than its field after conversion is refused naming the limit, not cut: ガ takes two places")
    void tooLongAfterTheMarksIsRefused() {
        String fifteen = "ガ".repeat(15);
        assertThat(ZenginText.STANDARD.name(PAYEE, fifteen, Kind.NAME, 30)).isEqualTo("ｶﾞ".repeat(15));

        Refusal refusal = refusal(() -> ZenginText.STANDARD.name(PAYEE, fifteen + "ガ", Kind.NAME, 30));

        assertThat(refusal.field()).isEqualTo(PAYEE);
        assertThat(refusal.code()).isEqualTo("zengin.tooLong");
        assertThat(refusal.ja()).isEqualTo("1件目の受取人名 (カナ)は全銀フォーマットで30文字までです (濁点・半濁点も1文字に数えます)。「"
                + "ｶﾞ".repeat(16) + "」は32文字あります。");
        assertThat(refusal.en()).isEqualTo("In the Zengin format, the payee name (kana) of transfer 1 may have at most 30 characters"
                + " (a voiced sound mark counts as one); \"" + "ｶﾞ".repeat(16) + "\" has 32.");
    }

    @Test
    @DisplayName("a person's name is required; a bank name may be left out")
    void requiredNames() {
        Refusal refusal = refusal(() -> ZenginText.STANDARD.name("requester.nameKana", " \u3000", Kind.NAME, 40));

        assertThat(refusal.ja()).isEqualTo("振込依頼人名 (カナ)を入力してください。");
        assertThat(refusal.en()).isEqualTo("Enter the requester name (kana).");
        assertThat(ZenginText.STANDARD.name("requester.bankNameKana", null, Kind.BANK_NAME, 15)).isEmpty();
    }

    @Test
    @DisplayName("codes: a bank code of exactly 4 digits, an account number of up to 7 zero-filled; anything else refused")
    void numbers() {
        assertThat(ZenginText.STANDARD.code("transfers[0].bankCode", "0009", 4)).isEqualTo("0009");
        assertThat(ZenginText.STANDARD.zeroFilled("transfers[0].accountNumber", "1234", 7)).isEqualTo("0001234");
        assertThat(ZenginText.STANDARD.zeroFilled("transfers[0].accountNumber", "１２３４５６７", 7)).isEqualTo("1234567");

        Refusal fiveDigits = refusal(() -> ZenginText.STANDARD.code("transfers[0].bankCode", "00091", 4));
        assertThat(fiveDigits.ja()).isEqualTo("1件目の振込先の銀行番号は4桁の数字で入力してください (「00091」は使えません)。");
        assertThat(fiveDigits.en()).isEqualTo("Enter the bank code of transfer 1 as exactly 4 digits (\"00091\" is not allowed).");

        Refusal letter = refusal(() -> ZenginText.STANDARD.zeroFilled("transfers[0].accountNumber", "12345A7", 7));
        assertThat(letter.field()).isEqualTo("transfers[0].accountNumber");
        assertThat(letter.ja()).isEqualTo("1件目の振込先の口座番号は数字だけで入力してください (「12345A7」は使えません)。");

        Refusal eight = refusal(() -> ZenginText.STANDARD.zeroFilled("transfers[0].accountNumber", "12345678", 7));
        assertThat(eight.ja()).isEqualTo("1件目の振込先の口座番号は7桁以内の数字で入力してください (「12345678」は使えません)。");
    }

    @Test
    @DisplayName("the bundles have the same keys: Japanese, English, and the default (Japanese, as the application's locale is ja)")
    void bundlesHaveTheSameKeys() throws IOException {
        Properties ja = bundle("messages_ja");
        assertThat(bundle("messages_en").keySet()).isEqualTo(ja.keySet());
        assertThat(bundle("messages")).isEqualTo(ja);
        assertThat(ja.keySet()).contains("zengin.character", "zengin.field.transfers.payeeNameKana");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ZenginTextTest.class.getResourceAsStream("/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
