package jp.tsunagu.web.zengin;

import static jp.tsunagu.web.zengin.BankMessages.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.web.zengin.BankMessages.Refusal;
import jp.tsunagu.web.zengin.ZenginTransferFile.AccountType;
import jp.tsunagu.web.zengin.ZenginTransferFile.LineBreak;
import jp.tsunagu.web.zengin.ZenginTransferFile.Requester;
import jp.tsunagu.web.zengin.ZenginTransferFile.Transfer;
import jp.tsunagu.web.zengin.ZenginTransferFile.TypeCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ZenginTransferFileTest {
    private static final Charset SJIS = Charset.forName("Shift_JIS");

    private static final Requester OFFICE = new Requester("123456789", "シャカイフクシホウジン　つなぐ", LocalDate.of(2026, 4, 25),
            "0001", "ミズホ", "001", "トウキョウ", AccountType.ORDINARY, "1234567");

    private static final Transfer YAMADA = new Transfer("0009", "ミツイスミトモ", "123", "シンジュク", AccountType.ORDINARY,
            "7654321", "ヤマダ タロウ", Yen.of(12_345), "21");

    private static final Transfer SUZUKI = new Transfer("9900", "ユウチョ", "018", "ゼロイチハチ", AccountType.SAVINGS,
            "123", "すずき　はなこ", Yen.of(9_800), null);

    /** The file's records: each 120 bytes followed by CR LF, decoded from Shift_JIS. */
    private static List<String> records(byte[] file) {
        assertThat(file.length % 122).as("records of 120 bytes and CR LF").isZero();
        List<String> records = new ArrayList<>();
        for (int at = 0; at < file.length; at += 122) {
            assertThat(Arrays.copyOfRange(file, at + 120, at + 122)).as("CR LF after record %d", at / 122).containsExactly('\r', '\n');
            records.add(new String(file, at, 120, SJIS));
        }
        return records;
    }

    @Test
    @DisplayName("two payees, field by field at the layout's offsets: header, two data records, the trailer's count and total, the end")
    void workedExample() {
        ZenginTransferFile file = ZenginTransferFile.write(OFFICE, List.of(YAMADA, SUZUKI));
        List<String> records = records(file.bytes());

        assertThat(records).hasSize(5);
        String header = records.get(0);
        assertThat(header.substring(0, 1)).isEqualTo("1"); // データ区分
        assertThat(header.substring(1, 3)).isEqualTo("21"); // 種別コード 総合振込
        assertThat(header.substring(3, 4)).isEqualTo("0"); // コード区分 JIS
        assertThat(header.substring(4, 14)).isEqualTo("0123456789"); // 振込依頼人コード, zero-filled
        assertThat(header.substring(14, 54)).isEqualTo(padded("ｼﾔｶｲﾌｸｼﾎｳｼﾞﾝ ﾂﾅｸﾞ", 40)); // 振込依頼人名
        assertThat(header.substring(54, 58)).isEqualTo("0425"); // 振込指定日 MMDD
        assertThat(header.substring(58, 62)).isEqualTo("0001"); // 仕向銀行番号
        assertThat(header.substring(62, 77)).isEqualTo(padded("ﾐｽﾞﾎ", 15)); // 仕向銀行名
        assertThat(header.substring(77, 80)).isEqualTo("001"); // 仕向支店番号
        assertThat(header.substring(80, 95)).isEqualTo(padded("ﾄｳｷﾖｳ", 15)); // 仕向支店名
        assertThat(header.substring(95, 96)).isEqualTo("1"); // 預金種目 普通
        assertThat(header.substring(96, 103)).isEqualTo("1234567"); // 口座番号
        assertThat(header.substring(103, 120)).isBlank(); // ダミー

        String yamada = records.get(1);
        assertThat(yamada.substring(0, 1)).isEqualTo("2"); // データ区分
        assertThat(yamada.substring(1, 5)).isEqualTo("0009"); // 被仕向銀行番号
        assertThat(yamada.substring(5, 20)).isEqualTo(padded("ﾐﾂｲｽﾐﾄﾓ", 15)); // 被仕向銀行名
        assertThat(yamada.substring(20, 23)).isEqualTo("123"); // 被仕向支店番号
        assertThat(yamada.substring(23, 38)).isEqualTo(padded("ｼﾝｼﾞﾕｸ", 15)); // 被仕向支店名
        assertThat(yamada.substring(38, 42)).isEqualTo("0000"); // 手形交換所番号
        assertThat(yamada.substring(42, 43)).isEqualTo("1"); // 預金種目 普通
        assertThat(yamada.substring(43, 50)).isEqualTo("7654321"); // 口座番号
        assertThat(yamada.substring(50, 80)).isEqualTo(padded("ﾔﾏﾀﾞ ﾀﾛｳ", 30)); // 受取人名
        assertThat(yamada.substring(80, 90)).isEqualTo("0000012345"); // 振込金額
        assertThat(yamada.substring(90, 91)).isEqualTo("0"); // 新規コード
        assertThat(yamada.substring(91, 101)).isEqualTo("0000000021"); // 顧客コード1
        assertThat(yamada.substring(101, 111)).isEqualTo("0000000000"); // 顧客コード2
        assertThat(yamada.substring(111, 120)).isBlank(); // 振込指定区分, 識別表示, ダミー

        String suzuki = records.get(2);
        assertThat(suzuki.substring(1, 5)).isEqualTo("9900");
        assertThat(suzuki.substring(42, 43)).isEqualTo("4"); // 預金種目 貯蓄
        assertThat(suzuki.substring(43, 50)).isEqualTo("0000123"); // a short account number, zero-filled
        assertThat(suzuki.substring(50, 80)).isEqualTo(padded("ｽｽﾞｷ ﾊﾅｺ", 30)); // from hiragana
        assertThat(suzuki.substring(80, 90)).isEqualTo("0000009800");
        assertThat(suzuki.substring(91, 101)).isEqualTo("0000000000"); // no customer code

        String trailer = records.get(3);
        assertThat(trailer.substring(0, 1)).isEqualTo("8");
        assertThat(trailer.substring(1, 7)).isEqualTo("000002"); // 合計件数
        assertThat(trailer.substring(7, 19)).isEqualTo("000000022145"); // 合計金額 = 12,345 + 9,800
        assertThat(trailer.substring(19, 120)).isBlank();

        assertThat(records.get(4)).isEqualTo("9" + " ".repeat(119));
        assertThat(file.count()).isEqualTo(2);
        assertThat(file.total()).isEqualTo(Yen.of(22_145));
    }

    @Test
    @DisplayName("the kana are single bytes of JIS X 0201 (ﾀﾞ is ﾀ 0xC0 and ﾞ 0xDE), as a bank's system reads them")
    void halfWidthKanaAreSingleBytes() {
        byte[] file = ZenginTransferFile.write(OFFICE, List.of(YAMADA)).bytes();

        int payee = 122 + 50;
        assertThat(Arrays.copyOfRange(file, payee, payee + 9))
                .containsExactly(0xD4, 0xCF, 0xC0, 0xDE, 0x20, 0xC0, 0xDB, 0xB3, 0x20); // ﾔﾏﾀﾞ ﾀﾛｳ and the padding
    }

    @Test
    @DisplayName("without line breaks the file is the records one after another, 120 bytes each, no CR or LF")
    void withoutLineBreaks() {
        byte[] file = ZenginTransferFile.write(OFFICE, List.of(YAMADA, SUZUKI), LineBreak.NONE).bytes();

        assertThat(file).hasSize(5 * 120).doesNotContain((byte) '\r', (byte) '\n');
        assertThat(new String(file, 120, 120, SJIS)).isEqualTo(records(ZenginTransferFile.write(OFFICE, List.of(YAMADA, SUZUKI)).bytes()).get(1));
    }

    @Test
    @DisplayName("the trailer's count and total are those of the data records, read back from the file")
    void trailerAddsUpTheDataRecords() {
        List<Transfer> transfers = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            transfers.add(new Transfer("0009", null, "123", null, AccountType.ORDINARY, "100000" + (i % 10), "ﾘﾖｳｼﾔ " + i,
                    Yen.of(i * 1_001L), Integer.toString(i)));
        }
        transfers.add(new Transfer("0009", null, "123", null, AccountType.CURRENT, "1", "ｻｲﾀﾞｲ", ZenginTransferFile.MAX_AMOUNT, null));
        List<String> records = records(ZenginTransferFile.write(OFFICE, transfers).bytes());

        List<String> data = records.subList(1, records.size() - 2);
        assertThat(data).hasSize(13).allSatisfy(r -> assertThat(r).startsWith("2"));
        long sum = data.stream().mapToLong(r -> Long.parseLong(r.substring(80, 90))).sum();
        assertThat(sum).isEqualTo(78_078L + 9_999_999_999L);
        String trailer = records.get(records.size() - 2);
        assertThat(Integer.parseInt(trailer.substring(1, 7))).isEqualTo(data.size());
        assertThat(Long.parseLong(trailer.substring(7, 19))).isEqualTo(sum);
    }

    @Test
    @DisplayName("a kanji in a payee name is refused, naming the transfer's row and the character")
    void kanjiInAPayeeName() {
        Transfer kanji = new Transfer("0009", "ミツイスミトモ", "123", "シンジュク", AccountType.ORDINARY, "7654321", "山田 太郎", Yen.of(1), null);

        Refusal refusal = refusal(() -> ZenginTransferFile.write(OFFICE, List.of(YAMADA, kanji)));

        assertThat(refusal.field()).isEqualTo("transfers[1].payeeNameKana");
        assertThat(refusal.ja()).isEqualTo("2件目の受取人名 (カナ)に全銀フォーマットで使えない文字「山」があります。"
                + "使えるのはカナ・英大文字・数字・スペースと記号 ( ) . - だけです。");
    }

    @Test
    @DisplayName("a payee name that fits in characters but not once the marks are separate is refused, not cut")
    void payeeNameTooLongAfterTheMarks() {
        String name = "ジュゲムジュゲムゴコウノスリキレカイジャリスイギョノ"; // 26 characters, 33 in the layout
        Refusal refusal = refusal(() -> ZenginTransferFile.write(OFFICE, List.of(payee(name))));

        assertThat(refusal.field()).isEqualTo("transfers[0].payeeNameKana");
        assertThat(refusal.code()).isEqualTo("zengin.tooLong");
        assertThat(refusal.ja()).contains("30文字まで", "33文字あります");
    }

    @Test
    @DisplayName("an account number with a letter, a bank code of five digits, an amount of 0 yen: each refused naming its field")
    void numbersRefused() {
        Refusal letter = refusal(() -> ZenginTransferFile.write(OFFICE, List.of(
                new Transfer("0009", null, "123", null, AccountType.ORDINARY, "76543O1", "ﾔﾏﾀﾞ", Yen.of(1), null))));
        assertThat(letter.field()).isEqualTo("transfers[0].accountNumber");
        assertThat(letter.ja()).isEqualTo("1件目の振込先の口座番号は数字だけで入力してください (「76543O1」は使えません)。");

        Refusal bank = refusal(() -> ZenginTransferFile.write(OFFICE, List.of(YAMADA,
                new Transfer("00091", null, "123", null, AccountType.ORDINARY, "1", "ﾔﾏﾀﾞ", Yen.of(1), null))));
        assertThat(bank.field()).isEqualTo("transfers[1].bankCode");
        assertThat(bank.en()).isEqualTo("Enter the bank code of transfer 2 as exactly 4 digits (\"00091\" is not allowed).");

        Refusal zero = refusal(() -> ZenginTransferFile.write(OFFICE, List.of(
                new Transfer("0009", null, "123", null, AccountType.ORDINARY, "1", "ﾔﾏﾀﾞ", Yen.ZERO, null))));
        assertThat(zero.field()).isEqualTo("transfers[0].amount");
        assertThat(zero.ja()).isEqualTo("1件目の振込金額は1円以上9,999,999,999円以下にしてください (¥0 は振り込めません)。");

        Refusal tooMuch = refusal(() -> ZenginTransferFile.write(OFFICE, List.of(
                new Transfer("0009", null, "123", null, AccountType.ORDINARY, "1", "ﾔﾏﾀﾞ", ZenginTransferFile.MAX_AMOUNT.plus(Yen.of(1)), null))));
        assertThat(tooMuch.en()).isEqualTo("Make the amount of transfer 1 at least ¥1 and at most ¥9,999,999,999 (¥10,000,000,000 cannot be transferred).");
    }

    @Test
    @DisplayName("the requester: its name is checked like a payee's, a savings account cannot pay, and a file needs a transfer")
    void requesterRefused() {
        Requester kanji = new Requester("1", "社会福祉法人つなぐ", OFFICE.transferDate(), "0001", null, "001", null, AccountType.ORDINARY, "1");
        assertThat(refusal(() -> ZenginTransferFile.write(kanji, List.of(YAMADA))).ja())
                .startsWith("振込依頼人名 (カナ)に全銀フォーマットで使えない文字「社」");

        Requester savings = new Requester("1", "ﾂﾅｸﾞ", OFFICE.transferDate(), "0001", null, "001", null, AccountType.SAVINGS, "1");
        Refusal refusal = refusal(() -> ZenginTransferFile.write(savings, List.of(YAMADA)));
        assertThat(refusal.field()).isEqualTo("requester.type");
        assertThat(refusal.ja()).isEqualTo("振込元の預金種目は普通預金か当座預金にしてください (貯蓄預金からは振り込めません)。");

        Refusal none = refusal(() -> ZenginTransferFile.write(OFFICE, List.of()));
        assertThat(none.field()).isEqualTo("transfers");
        assertThat(none.ja()).isEqualTo("振込が1件もありません。");
    }

    @Test
    @DisplayName("a 給与振込 file is the same records but for the header's 種別コード 11; refusals speak a module's own keys when it names a prefix")
    void salaryTransfer() {
        byte[] general = ZenginTransferFile.write(OFFICE, List.of(YAMADA, SUZUKI)).bytes();
        byte[] salary = ZenginTransferFile.write(TypeCode.SALARY, OFFICE, List.of(YAMADA, SUZUKI), LineBreak.CRLF, ZenginText.STANDARD).bytes();

        List<String> records = records(salary);
        assertThat(records.get(0).substring(1, 3)).isEqualTo("11");
        assertThat(records.get(0).substring(0, 1) + "21" + records.get(0).substring(3)).isEqualTo(records(general).get(0));
        assertThat(records.subList(1, 5)).isEqualTo(records(general).subList(1, 5));

        assertThatThrownBy(() -> ZenginTransferFile.write(TypeCode.SALARY, OFFICE, List.of(payee("山田")), LineBreak.CRLF,
                ZenginText.messagesUnder("other.bank"))).isInstanceOfSatisfying(Problem.Invalid.class, p -> {
                    assertThat(p.field()).isEqualTo("transfers[0].payeeNameKana");
                    assertThat(p.code()).isEqualTo("other.bank.character");
                });
    }

    private static Transfer payee(String name) {
        return new Transfer("0009", null, "123", null, AccountType.ORDINARY, "1", name, Yen.of(1), null);
    }

    private static String padded(String text, int length) {
        return text + " ".repeat(length - text.length());
    }
}
