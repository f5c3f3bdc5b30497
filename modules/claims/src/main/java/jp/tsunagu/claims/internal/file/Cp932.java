package jp.tsunagu.claims.internal.file;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The file's characters (claim-file.md §1): Shift_JIS as the spec writes it, implemented as CP932 ({@code windows-31j},
 * LIKELY) and used consistently (Java's {@code Shift_JIS} maps ～ − ¢ £ ¬ ‖ differently); an unmappable character is
 * reported, never replaced. The quoting rule of 共通編 1.2.2(4) and the half-width kana conversion for 英数 items.
 */
final class Cp932 {
    static final Charset CHARSET = Charset.forName("windows-31j");

    private Cp932() {
    }

    /** The bytes of a text, refusing (not replacing) a character CP932 cannot hold. */
    static byte[] encode(String text) {
        CharsetEncoder encoder = CHARSET.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer out = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[out.remaining()];
            out.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not encodable in CP932: " + text, e);
        }
    }

    static boolean encodable(String text) {
        return CHARSET.newEncoder().canEncode(text);
    }

    /** A character written with two bytes (漢字 in the spec's sense: any 2-byte CP932 character). */
    static boolean doubleByte(char c) {
        return !Character.isSurrogate(c) && encodable(String.valueOf(c)) && encode(String.valueOf(c)).length == 2;
    }

    /**
     * A 2-byte character of JIS X 0208 (lead bytes 0x81-0x84, 0x88-0x9F, 0xE0-0xEA). Whether the federation accepts the
     * NEC/IBM extensions of CP932 (①, ㈱, 髙 …) is NOT FOUND (§1), so 漢字 items are kept to JIS X 0208.
     */
    static boolean jisX0208(char c) {
        if (!doubleByte(c)) {
            return false;
        }
        int lead = encode(String.valueOf(c))[0] & 0xFF;
        return (lead >= 0x81 && lead <= 0x84) || (lead >= 0x88 && lead <= 0x9F) || (lead >= 0xE0 && lead <= 0xEA);
    }

    /**
     * One item as written (共通編 1.2.2(4), CONFIRMED): quoting is always allowed and may be omitted only when the value
     * holds no comma, double quote, space (0x20) or 2-byte character; an inner double quote is doubled (standard CSV,
     * LIKELY).
     */
    static String field(String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == ' ' || doubleByte(c);
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static final String FULL = "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンヮヵヶ\u3099\u309A";
    private static final String HALF = "｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝﾜｶｹﾞﾟ";

    /**
     * A kana name in half-width for a 英数 item (支給決定者氏名カナ, 英数 25: 「半角の英字、数字、カナ文字」, no lower case,
     * CONFIRMED). ICU-free: {@link Normalizer} NFKC (half-width kana, full-width Latin and the ideographic space to their
     * standard forms), hiragana to katakana, NFD (ガ → カ + U+3099), then a fixed table to half-width katakana with ﾞ/ﾟ;
     * Latin letters upper-cased. A character with no half-width form (a kanji) is left as it is, and the attribute check
     * refuses it naming the item.
     */
    static String halfWidthKana(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder katakana = new StringBuilder();
        for (char c : s.toCharArray()) {
            katakana.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
        }
        s = Normalizer.normalize(katakana, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            int i = FULL.indexOf(c);
            out.append(i >= 0 ? HALF.charAt(i) : c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
