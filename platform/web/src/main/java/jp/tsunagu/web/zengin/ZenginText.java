package jp.tsunagu.web.zengin;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tsunagu.kernel.Problem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What the 全銀 (Zengin) layout can carry in its text and number fields, and the conversion of what a person typed into
 * it. Text fields ({@code C}) hold only JIS X 0201 single-byte characters: half-width katakana ｱ–ﾝ (not ｦ, no small
 * kana), the separate marks ﾞ (濁点) and ﾟ (半濁点), 0–9, A–Z, the space, and symbols that depend on the field, as
 * 全銀協's 付録1 使用文字一覧 gives them (注1, 注2) and PCA「全銀協使用可能文字」 and zengin4j's {@code docs/encoding.md}
 * state them:
 * <ul>
 *   <li>{@link Kind#NAME} 口座名・振込依頼人名・受取人名: {@code ( ) . -};</li>
 *   <li>{@link Kind#BANK_NAME} 金融機関名・支店名: {@code -} only.</li>
 * </ul>
 * The comma, {@code /} and {@code ¥} are not among them (PCA: not to be used in these fields); some banks' own input
 * screens take more and convert it, but a file must pass every bank.
 *
 * <p>Converted, as banks' EB manuals ask: full-width katakana and hiragana to half-width katakana; a voiced kana to its
 * base and a separate mark (ガ → ｶﾞ, パ → ﾊﾟ, ヴ → ｳﾞ); small kana to their large forms (ャ → ﾔ, ッ → ﾂ: banks register
 * キュウヨ as ｷﾕｳﾖ); the 長音 ー (and a half-width ｰ) to the hyphen {@code -}, since ｰ (0xB0) is in no field's set and
 * banks refuse it (jinjer 給与: 長音記号「ー」は使用できません; 但馬信用金庫: ハイフン is not 長音; PCA: 長音 becomes a
 * hyphen); full-width digits, letters and symbols to ASCII; lower-case letters to upper case; the full-width space to
 * a space. Leading and trailing spaces are dropped.
 *
 * <p>Refused, with a {@link Problem.Invalid} naming the field and the character as typed: kanji (a reading cannot be
 * guessed: 東 is ヒガシ, アズマ or トウ), ヲ (excluded from names by 付録1 as banks apply it), the middle dot ・, every
 * symbol the field does not admit, emoji, and anything else outside the set. A name too long after conversion (ｶﾞ
 * counts two) is refused naming the limit: never cut, since a cut name may be another person's. Numbers
 * ({@code N}): digits only (full-width digits made ASCII), a bank or branch code of exactly its length, an account
 * number or a requester code zero-filled on the left.
 *
 * <p>The field of a refusal is its path in the input ({@code transfers[2].payeeNameKana}); the message names it in the
 * reader's language through the label {@code <prefix>.field.transfers.payeeNameKana} (the row, 3, its argument),
 * passed as a {@code MessageSourceResolvable} that the message source resolves with the message: a value, no bean.
 *
 * <p>The keys of the messages start with a prefix, so that a module whose API has long answered with its own codes
 * keeps them (wages: {@code wages.bank.character}); {@link #STANDARD} uses {@code zengin.*}, whose texts and field
 * labels are in the platform's bundle. A module naming fields of its own adds their labels
 * ({@code zengin.field.<field>}) or uses a prefix of its own with every key.
 */
public final class ZenginText {
    /** The texts of the platform's bundle: {@code zengin.character}, {@code zengin.field.holderNameKana} … */
    public static final ZenginText STANDARD = new ZenginText("zengin");

    /** The field classes of 付録1: what a text field admits besides kana, marks, digits, A–Z and the space. */
    public enum Kind {
        /** 口座名・振込依頼人名・受取人名 (注2). */
        NAME("().-"),
        /** 金融機関名・支店名 (注1). */
        BANK_NAME("-");

        private final String symbols;

        Kind(String symbols) {
            this.symbols = symbols;
        }

        /** The symbols, spaced for a message: {@code ( ) . -}. */
        public String symbols() {
            return String.join(" ", symbols.split(""));
        }

        boolean admits(char c) {
            return (c >= 0xFF71 && c <= 0xFF9F) || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == ' '
                    || symbols.indexOf(c) >= 0;
        }
    }

    /** Full-width (and half-width small) kana and marks to what the layout holds; data for the conversion. */
    private static final Map<Integer, String> KANA = new HashMap<>();
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    static {
        map("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン",
                "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ", "");
        // small kana become large: the layout has none
        map("ァィゥェォッャュョヮヵヶｧｨｩｪｫｯｬｭｮ", "ｱｲｳｴｵﾂﾔﾕﾖﾜｶｹｱｲｳｴｵﾂﾔﾕﾖ", "");
        map("ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ", "ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎｳ", "ﾞ");
        map("パピプペポ", "ﾊﾋﾌﾍﾎ", "ﾟ");
        // the marks alone (spacing and combining) and the long vowel and dashes, which the layout writes as a hyphen
        map("゛\u3099゜\u309Aーｰ‐−", "ﾞﾞﾟﾟ----", "");
        map("\u3000", " ", "");
    }

    private static void map(String from, String to, String mark) {
        if (from.length() != to.length()) {
            throw new IllegalStateException("a conversion table whose two rows differ in length: " + from);
        }
        for (int i = 0; i < from.length(); i++) {
            KANA.put((int) from.charAt(i), to.charAt(i) + mark);
        }
    }

    private final String prefix;

    private ZenginText(String prefix) {
        this.prefix = prefix;
    }

    /** The rules with messages under {@code prefix}: {@code <prefix>.character}, {@code <prefix>.field.<field>} … */
    public static ZenginText messagesUnder(String prefix) {
        return new ZenginText(prefix);
    }

    /** A message key: {@code <prefix>.<name>}. */
    String key(String name) {
        return prefix + "." + name;
    }

    /**
     * {@code text} as the layout holds it, or refused naming {@code field} and the first character it cannot carry;
     * null is empty. No length is checked here.
     */
    public String convert(String field, String text, Kind kind) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        text.strip().codePoints().forEach(c -> {
            String converted = convert(c);
            if (converted == null || !converted.chars().allMatch(ch -> kind.admits((char) ch))) {
                throw new Problem.Invalid(field, key("character"), label(field), Character.toString(c), kind.symbols());
            }
            out.append(converted);
        });
        return out.toString();
    }

    /** One character as the layout holds it (one or two characters), or null if there is no such form. */
    private static String convert(int c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            c -= 0xFEE0; // full-width ASCII
        } else if (c >= 0x3041 && c <= 0x3096) {
            c += 0x60; // hiragana to katakana
        }
        if (c >= 'a' && c <= 'z') {
            c -= 'a' - 'A';
        }
        if (c < 0x7F || (c >= 0xFF71 && c <= 0xFF9F)) {
            return Character.toString(c);
        }
        return KANA.get(c);
    }

    /**
     * A name as the layout holds it: converted, required when {@code kind} is {@link Kind#NAME} (a bank or branch
     * name may be left out), and at most {@code length} characters (bytes) after conversion, else refused.
     */
    public String name(String field, String text, Kind kind, int length) {
        String converted = convert(field, text, kind);
        if (converted.isEmpty() && kind == Kind.NAME) {
            throw new Problem.Invalid(field, key("required"), label(field));
        }
        if (converted.length() > length) {
            throw new Problem.Invalid(field, key("tooLong"), label(field), length, converted, converted.length());
        }
        return converted;
    }

    /** The refusal of a field left empty that the file needs (a choice such as the account type), naming it. */
    public Problem.Invalid required(String field) {
        return new Problem.Invalid(field, key("required"), label(field));
    }

    /** A code of exactly {@code length} digits (銀行番号 4, 支店番号 3), else refused. */
    public String code(String field, String value, int length) {
        String digits = digits(field, value);
        if (digits.length() != length) {
            throw new Problem.Invalid(field, key("digits"), label(field), length, digits);
        }
        return digits;
    }

    /** A number of at most {@code length} digits (口座番号 7, 依頼人コード 10), zero-filled on the left; else refused. */
    public String zeroFilled(String field, String value, int length) {
        String digits = digits(field, value);
        if (digits.length() > length) {
            throw new Problem.Invalid(field, key("digitsUpTo"), label(field), length, digits);
        }
        return padded(digits, length);
    }

    /** Digits right-aligned and zero-filled to {@code length}; never cut (a number that does not fit is a bug here). */
    public static String padded(String digits, int length) {
        if (digits.length() > length) {
            throw new IllegalArgumentException(digits + " does not fit " + length + " digits");
        }
        return "0".repeat(length - digits.length()) + digits;
    }

    /** The digits of {@code value} (full-width digits made ASCII, spaces around dropped); required; refused otherwise. */
    private String digits(String field, String value) {
        String digits = value == null ? "" : value.strip().codePoints()
                .map(c -> c >= 0xFF10 && c <= 0xFF19 ? c - 0xFEE0 : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (digits.isEmpty()) {
            throw new Problem.Invalid(field, key("required"), label(field));
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Problem.Invalid(field, key("notDigits"), label(field), value.strip());
        }
        return digits;
    }

    /**
     * The field's name for a message: {@code transfers[2].payeeNameKana} is the label
     * {@code <prefix>.field.transfers.payeeNameKana} with the row, 3, as its argument; the path itself if the bundle
     * has no label.
     */
    public DefaultMessageSourceResolvable label(String field) {
        Matcher index = INDEX.matcher(field);
        Object[] args = index.find() ? new Object[] {Integer.parseInt(index.group(1)) + 1} : new Object[0];
        return new DefaultMessageSourceResolvable(new String[] {key("field.") + INDEX.matcher(field).replaceAll("")}, args, field);
    }
}
