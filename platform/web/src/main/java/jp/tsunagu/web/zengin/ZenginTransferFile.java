package jp.tsunagu.web.zengin;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.web.zengin.ZenginText.Kind;

/**
 * The 全銀協規定形式 振込 file by which an office pays into its users' bank accounts: 総合振込 (種別コード 21, the 工賃
 * of the wages module) or 給与振込 (種別コード 11, the A型 payroll of the employment module), whose records have the
 * same layout and character rules (the 全銀協 給与振込 format differs from 総合振込 only in the 種別コード and in the
 * bank's processing: 給与振込 is credited on the morning of the transfer date and must reach the bank days earlier).
 * One ヘッダー・レコード (データ区分 1, the 種別コード, the requester and the paying account), one データ・レコード
 * (データ区分 2) per transfer, the トレーラー・レコード (データ区分 8: 合計件数 and 合計金額) and the エンド・レコード
 * (データ区分 9). Every record is 120 bytes, followed by CRLF (122 bytes) or by nothing ({@link LineBreak}: banks
 * differ; CRLF is the default). コード区分 0: JIS, written as Shift_JIS, in which every character the layout admits
 * (JIS X 0201: ASCII digits, A–Z, the symbols, half-width katakana) is one byte; CP932 (MS932) encodes those bytes the
 * same, so the plain Shift_JIS is used. Numbers ({@code N}) are right-aligned and zero-filled, text ({@code C})
 * left-aligned and space-filled; text is converted and checked by {@link ZenginText}, and whatever the layout cannot
 * carry is refused naming the field, never cut or replaced.
 *
 * <p>The layout is data: each record is a table of fields (name, length, rule) below, in the order and lengths of the
 * 全銀協 standard (「全銀協パーソナル・コンピュータ用標準通信プロトコル（ベーシック手順）適用業務およびレコード・
 * フォーマット」, 8 総合振込) as banks publish it: 群馬銀行「全銀協制定ファイルフォーマット【総合振込】」 (every field,
 * the 120-byte record, 122 with CRLF appended, N right-aligned zero-filled, C left-aligned space-filled, 手形交換所番号
 * 未使用 (0とする)), 三井住友銀行「ファイルレイアウト（総合振込・全銀形式）」, 宮崎銀行's help for its 全銀 uploads (120-byte records
 * with no line break or with CR+LF; CR or LF alone refused), GMO あおぞらネット銀行's 総合振込 API (手形交換所番号, 新規コード and 振込指定区分
 * unused, zeros or spaces accepted), all agreeing with the field table of zengin4j's
 * {@code docs/formats/sougou-furikomi.md}, which compares six publications including the 全銀協 document. The fields
 * this file does not use are written: 手形交換所番号 0000, 新規コード 0 (その他), 顧客コード2 zeros, 振込指定区分 and
 * 識別表示 spaces (no 電信/文書 choice, no EDI情報), the ダミー spaces.
 *
 * <p>Written by hand rather than with a library: the one JVM library for these files, zengin4j
 * ({@code io.github.drag0sd0g:zengin4j-core}), does not resolve from Maven Central, has moved to a Java 25 baseline
 * (this project is on 21), and holds its own layouts unverified; the layout is four short tables. Pure: no clock, no
 * Spring context, no database.
 */
public final class ZenginTransferFile {
    /** The length of every record, in bytes (the line break not counted). */
    public static final int RECORD_LENGTH = 120;
    /** 銀行番号 N(4). */
    public static final int BANK_CODE_LENGTH = 4;
    /** 支店番号 N(3). */
    public static final int BRANCH_CODE_LENGTH = 3;
    /** 銀行名 and 支店名 C(15). */
    public static final int BANK_NAME_LENGTH = 15;
    /** 口座番号 N(7). */
    public static final int ACCOUNT_NUMBER_LENGTH = 7;
    /** 受取人名 C(30). */
    public static final int PAYEE_NAME_LENGTH = 30;
    /** 振込依頼人コード N(10). */
    public static final int REQUESTER_CODE_LENGTH = 10;
    /** 振込依頼人名 C(40). */
    public static final int REQUESTER_NAME_LENGTH = 40;
    /** 振込金額 N(10): at most 9,999,999,999 yen. */
    public static final Yen MAX_AMOUNT = Yen.of(9_999_999_999L);
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");

    /** 預金種目. */
    public enum AccountType {
        /** 普通預金. */
        ORDINARY("1"),
        /** 当座預金. */
        CURRENT("2"),
        /** 貯蓄預金: a payee's account only (the header admits 1, 2 and 9). */
        SAVINGS("4");

        private final String code;

        AccountType(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** 種別コード: the kind of transfer the header announces. */
    public enum TypeCode {
        /** 総合振込 (21). */
        GENERAL("21"),
        /** 給与振込 (11). */
        SALARY("11");

        private final String code;

        TypeCode(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** What follows each record: CRLF, or nothing (one 120-byte record after another). */
    public enum LineBreak {
        CRLF("\r\n"),
        NONE("");

        private final String separator;

        LineBreak(String separator) {
            this.separator = separator;
        }
    }

    /**
     * 振込依頼人: the office's 委託者コード (10 digits, from its bank), its name in kana, 振込指定日 (written as MMDD),
     * and the account paid from (仕向銀行・支店, 預金種目, 口座番号).
     */
    public record Requester(String code, String nameKana, LocalDate transferDate, String bankCode, String bankNameKana,
                            String branchCode, String branchNameKana, AccountType type, String accountNumber) {
        public Requester {
            Objects.requireNonNull(transferDate, "transferDate");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * One transfer: the payee's account (被仕向銀行・支店, 預金種目, 口座番号), 受取人名 as the bank has it in kana, the
     * amount, and an optional 顧客コード1 (at most 10 digits, e.g. the user's number; zeros when null).
     */
    public record Transfer(String bankCode, String bankNameKana, String branchCode, String branchNameKana, AccountType type,
                           String accountNumber, String payeeNameKana, Yen amount, String customerCode) {
        public Transfer {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(amount, "amount");
        }
    }

    private record Totals(int count, Yen total) {
    }

    /** The header's input: the requester, the 種別コード. */
    private record Header(Requester requester, TypeCode type) {
    }

    /** How a field's value becomes its bytes. */
    private enum Rule {
        /** A number this class makes (a constant, the date, a code, a total): zero-filled, never cut. */
        NUMBER,
        /** A code of exactly the field's length, refused otherwise ({@link ZenginText#code}). */
        CODE,
        /** At most the field's length in digits, zero-filled ({@link ZenginText#zeroFilled}). */
        ZERO_FILLED,
        /** 振込金額: 1 to {@link ZenginTransferFile#MAX_AMOUNT} yen. */
        AMOUNT,
        /** A name ({@link Kind#NAME}), space-filled. */
        NAME,
        /** A bank or branch name ({@link Kind#BANK_NAME}), space-filled. */
        BANK_NAME,
        /** The requester's 預金種目: 1 普通 or 2 当座, a savings account refused ({@link #requesterAccountType}). */
        REQUESTER_TYPE,
        /** Spaces (ダミー, and the fields not used). */
        BLANK
    }

    /** One field: its name in the input (for a refusal), its length in bytes, its rule, and where its value comes from. */
    private record Field<T>(String name, int length, Rule rule, Function<T, Object> value) {
        String render(T input, String prefix, ZenginText text) {
            String path = prefix + name;
            return switch (rule) {
                case NUMBER -> ZenginText.padded(value.apply(input).toString(), length);
                case CODE -> text.code(path, (String) value.apply(input), length);
                case ZERO_FILLED -> text.zeroFilled(path, (String) value.apply(input), length);
                case AMOUNT -> ZenginText.padded(Long.toString(amount(text, path, (Yen) value.apply(input))), length);
                case NAME -> spaceFilled(text.name(path, (String) value.apply(input), Kind.NAME, length), length);
                case BANK_NAME -> spaceFilled(text.name(path, (String) value.apply(input), Kind.BANK_NAME, length), length);
                case REQUESTER_TYPE -> requesterAccountType(text, path, (AccountType) value.apply(input)).code();
                case BLANK -> " ".repeat(length);
            };
        }
    }

    /** ヘッダー・レコード. */
    private static final List<Field<Header>> HEADER = List.of(
            fixed("dataKind", "1"), // データ区分
            field("typeCode", 2, Rule.NUMBER, h -> h.type().code()), // 種別コード: 21 総合振込, 11 給与振込
            fixed("codeKind", "0"), // コード区分: JIS
            field("code", REQUESTER_CODE_LENGTH, Rule.ZERO_FILLED, h -> h.requester().code()), // 振込依頼人コード
            field("nameKana", REQUESTER_NAME_LENGTH, Rule.NAME, h -> h.requester().nameKana()), // 振込依頼人名
            field("transferDate", 4, Rule.NUMBER, h -> MMDD.format(h.requester().transferDate())), // 振込指定日
            field("bankCode", BANK_CODE_LENGTH, Rule.CODE, h -> h.requester().bankCode()), // 仕向銀行番号
            field("bankNameKana", BANK_NAME_LENGTH, Rule.BANK_NAME, h -> h.requester().bankNameKana()), // 仕向銀行名
            field("branchCode", BRANCH_CODE_LENGTH, Rule.CODE, h -> h.requester().branchCode()), // 仕向支店番号
            field("branchNameKana", BANK_NAME_LENGTH, Rule.BANK_NAME, h -> h.requester().branchNameKana()), // 仕向支店名
            field("type", 1, Rule.REQUESTER_TYPE, h -> h.requester().type()), // 預金種目 (依頼人)
            field("accountNumber", ACCOUNT_NUMBER_LENGTH, Rule.ZERO_FILLED, h -> h.requester().accountNumber()), // 口座番号 (依頼人)
            blank("dummy", 17)); // ダミー

    /** データ・レコード. */
    private static final List<Field<Transfer>> DATA = List.of(
            fixed("dataKind", "2"), // データ区分
            field("bankCode", BANK_CODE_LENGTH, Rule.CODE, Transfer::bankCode), // 被仕向銀行番号
            field("bankNameKana", BANK_NAME_LENGTH, Rule.BANK_NAME, Transfer::bankNameKana), // 被仕向銀行名
            field("branchCode", BRANCH_CODE_LENGTH, Rule.CODE, Transfer::branchCode), // 被仕向支店番号
            field("branchNameKana", BANK_NAME_LENGTH, Rule.BANK_NAME, Transfer::branchNameKana), // 被仕向支店名
            fixed("clearingHouse", "0000"), // 手形交換所番号: 未使用
            field("type", 1, Rule.NUMBER, t -> t.type().code()), // 預金種目
            field("accountNumber", ACCOUNT_NUMBER_LENGTH, Rule.ZERO_FILLED, Transfer::accountNumber), // 口座番号
            field("payeeNameKana", PAYEE_NAME_LENGTH, Rule.NAME, Transfer::payeeNameKana), // 受取人名
            field("amount", 10, Rule.AMOUNT, Transfer::amount), // 振込金額
            fixed("newCode", "0"), // 新規コード: その他
            field("customerCode", 10, Rule.ZERO_FILLED, t -> t.customerCode() == null || t.customerCode().isBlank() ? "0" : t.customerCode()), // 顧客コード1
            fixed("customerCode2", "0000000000"), // 顧客コード2
            blank("transferKind", 1), // 振込指定区分: not specified
            blank("ediMark", 1), // 識別表示: no EDI情報
            blank("dummy", 7)); // ダミー

    /** トレーラー・レコード. */
    private static final List<Field<Totals>> TRAILER = List.of(
            fixed("dataKind", "8"), // データ区分
            field("count", 6, Rule.NUMBER, Totals::count), // 合計件数
            field("total", 12, Rule.NUMBER, t -> t.total().value()), // 合計金額
            blank("dummy", 101)); // ダミー

    /** エンド・レコード. */
    private static final List<Field<Totals>> END = List.of(
            fixed("dataKind", "9"), // データ区分
            blank("dummy", 119)); // ダミー

    private final byte[] bytes;
    private final int count;
    private final Yen total;

    private ZenginTransferFile(byte[] bytes, int count, Yen total) {
        this.bytes = bytes;
        this.count = count;
        this.total = total;
    }

    /** The 総合振込 file with a CRLF after every record, refusals in the {@link ZenginText#STANDARD} texts. */
    public static ZenginTransferFile write(Requester requester, List<Transfer> transfers) {
        return write(TypeCode.GENERAL, requester, transfers, LineBreak.CRLF, ZenginText.STANDARD);
    }

    /** The 総合振込 file, refusals in the {@link ZenginText#STANDARD} texts. */
    public static ZenginTransferFile write(Requester requester, List<Transfer> transfers, LineBreak lineBreak) {
        return write(TypeCode.GENERAL, requester, transfers, lineBreak, ZenginText.STANDARD);
    }

    /**
     * The {@code type} file (総合振込, 給与振込) for {@code transfers}, in their order, paid from the requester's account.
     * Refused ({@link Problem.Invalid}, keys under {@code text}'s prefix) at the first value the layout cannot carry,
     * naming its field: {@code requester.nameKana}, {@code transfers[2].payeeNameKana}; and when there is no transfer.
     */
    public static ZenginTransferFile write(TypeCode type, Requester requester, List<Transfer> transfers, LineBreak lineBreak,
                                           ZenginText text) {
        Objects.requireNonNull(type, "type");
        if (transfers.isEmpty()) {
            throw new Problem.Invalid("transfers", text.key("noTransfers"));
        }
        StringBuilder file = new StringBuilder((RECORD_LENGTH + 2) * (transfers.size() + 3));
        file.append(record(HEADER, new Header(requester, type), "requester.", text)).append(lineBreak.separator);
        Yen total = Yen.ZERO;
        for (int i = 0; i < transfers.size(); i++) {
            file.append(record(DATA, transfers.get(i), "transfers[" + i + "].", text)).append(lineBreak.separator);
            total = total.plus(transfers.get(i).amount());
        }
        Totals totals = new Totals(transfers.size(), total);
        file.append(record(TRAILER, totals, "", text)).append(lineBreak.separator);
        file.append(record(END, totals, "", text)).append(lineBreak.separator);
        return new ZenginTransferFile(encode(file), totals.count(), total);
    }

    /** The file's bytes (Shift_JIS). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** 合計件数: the number of transfers. */
    public int count() {
        return count;
    }

    /** 合計金額: the sum of the transfers. */
    public Yen total() {
        return total;
    }

    private static <T> String record(List<Field<T>> layout, T input, String prefix, ZenginText text) {
        StringBuilder record = new StringBuilder(RECORD_LENGTH);
        layout.forEach(field -> record.append(field.render(input, prefix, text)));
        if (record.length() != RECORD_LENGTH) {
            throw new IllegalStateException("a record of " + record.length() + " characters: " + record);
        }
        return record.toString();
    }

    /** Strictly: a character without a Shift_JIS form fails rather than becoming "?" (none can: ZenginText admits none). */
    private static byte[] encode(CharSequence text) {
        try {
            ByteBuffer encoded = SHIFT_JIS.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            if (bytes.length != text.length()) {
                throw new IllegalStateException("a character of more than one byte in the file");
            }
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a character without a Shift_JIS form", e);
        }
    }

    private static long amount(ZenginText text, String field, Yen amount) {
        if (amount.isLessThan(Yen.of(1)) || amount.isGreaterThan(MAX_AMOUNT)) {
            throw new Problem.Invalid(field, text.key("amount"), text.label(field), amount.format());
        }
        return amount.value();
    }

    /**
     * The requester's 預金種目 as the header admits it, 1 普通 or 2 当座 (and 9 その他): a savings account is refused naming
     * {@code field}.
     */
    public static AccountType requesterAccountType(ZenginText text, String field, AccountType type) {
        if (type == AccountType.SAVINGS) {
            throw new Problem.Invalid(field, text.key("requesterAccountType"), text.label(field));
        }
        return type;
    }

    private static String spaceFilled(String text, int length) {
        return text + " ".repeat(length - text.length());
    }

    private static <T> Field<T> field(String name, int length, Rule rule, Function<T, Object> value) {
        return new Field<>(name, length, rule, value);
    }

    private static <T> Field<T> fixed(String name, String value) {
        return new Field<>(name, value.length(), Rule.NUMBER, input -> value);
    }

    private static <T> Field<T> blank(String name, int length) {
        return new Field<>(name, length, Rule.BLANK, input -> "");
    }
}
