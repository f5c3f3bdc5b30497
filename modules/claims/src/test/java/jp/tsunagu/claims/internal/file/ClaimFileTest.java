package jp.tsunagu.claims.internal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Contract;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Day;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Days;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Office;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Person;
import jp.tsunagu.claims.internal.file.ClaimFileInput.ServiceLine;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Totals;
import jp.tsunagu.claims.internal.file.ClaimFileInput.UpperLimit;
import org.junit.jupiter.api.Test;

/**
 * The claim file for BL-2 (cases/README.md): B型 (Ⅱ) capacity 20, June 2026, 6級地 (10.34 yen, claim code 16), 20 days of
 * use, 2 欠席時対応, 36 one-way trips, 20 meals, 処遇改善加算 (Ⅰ)イ 105/1000; 14,613 units, 151,098 yen, the user pays 9,300
 * (一般1), benefit 141,798. Identifiers are made up (claim-file.md §5). Read back the way the federation's import would.
 */
class ClaimFileTest {
    static final String OFFICE = "1310000001";
    static final YearMonth JUNE = YearMonth.of(2026, 6);
    static final LocalTime OPEN = LocalTime.of(9, 30);
    static final LocalTime CLOSE = LocalTime.of(15, 30);
    static final Map<String, Integer> ITEMS = Map.of("J111-01", 23, "J111-02", 14, "J121-01", 35, "J121-02", 12, "J121-03", 11,
            "J121-04", 33, "J121-05", 11, "J611-01", 172, "J611-02", 113);

    /** June 2026's 20 weekdays but 4 (the 1st … the 26th); absences on the 29th and 30th with a response. */
    static List<Day> bl2Days() {
        List<Day> days = new ArrayList<>();
        int trips = 0;
        for (int d = 1; d <= 26 && days.size() < 20; d++) {
            LocalDate date = JUNE.atDay(d);
            if (date.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            // 16 days both ways, 4 days one way: 36 one-way trips
            Day day = Day.attended(date, OPEN, CLOSE).withMeal().withTransport(1, days.size() < 16 ? 1 : 0);
            trips += day.transportTo() + day.transportFrom();
            days.add(day);
        }
        assertThat(trips).isEqualTo(36);
        days.set(2, days.get(2).withRemark("送迎車両の点検のため、到着が遅れた"));
        days.add(Day.absence(JUNE.atDay(29)));
        days.add(Day.absence(JUNE.atDay(30)));
        return days;
    }

    static List<ServiceLine> bl2Lines() {
        return List.of(ServiceLine.of("462073", 584, 20), ServiceLine.of("466040", 94, 2), ServiceLine.of("466590", 21, 36),
                ServiceLine.of("465070", 30, 20), ServiceLine.percentage("465120", 105, 1389));
    }

    static Person bl2Person() {
        return new Person("1234567890", "131016", "つむぎ　はなこ", 9300, null,
                new Contract("461000", 22, LocalDate.of(2025, 4, 1), null, 1), new Days(LocalDate.of(2025, 4, 1), null, 20, 22),
                bl2Lines(), new Totals(14613, 151098, 15109, 9300, 141798), bl2Days(), 0);
    }

    static ClaimFileInput bl2(UnaryOperator<Person> change) {
        return new ClaimFileInput(new Office(OFFICE, "16", new BigDecimal("10.34")), JUNE, YearMonth.of(2026, 7), '1',
                List.of(change.apply(bl2Person())));
    }

    // ---- reading the file back ----

    static String decodeStrict(byte[] bytes) throws CharacterCodingException {
        return Cp932.CHARSET.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** CSV items of a line: quoted or not, "" inside quotes is one ". */
    static List<String> items(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    static List<List<String>> read(ClaimFile file) throws CharacterCodingException {
        String text = decodeStrict(file.bytes());
        assertThat(text).endsWith("\r\n");
        String[] lines = text.substring(0, text.length() - 2).split("\r\n", -1);
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("\r", "\n"));
        return Arrays.stream(lines).map(ClaimFileTest::items).toList();
    }

    static List<List<String>> inner(List<List<String>> records, String id, String code) {
        return records.stream().filter(r -> r.get(0).equals("2") && r.get(2).equals(id) && r.get(3).equals(code))
                .map(r -> r.subList(2, r.size())).toList();
    }

    /** Item no. (1-based, as in the spec's tables) of an inner record. */
    static String item(List<String> inner, int no) {
        return inner.get(no - 1);
    }

    // ---- BL-2 ----

    @Test
    void bl2FileReadsBackAsTheFederationWouldCheckIt() throws CharacterCodingException {
        ClaimFile file = ClaimFile.write(bl2(p -> p));
        byte[] bytes = file.bytes();
        assertThat(Cp932.encode(decodeStrict(bytes))).isEqualTo(bytes);
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF); // no BOM
        List<List<String>> records = read(file);
        int n = records.size();
        // J111-01, J111-02, J121-01, -02, 5 × -03, -04, -05, J611-01, 22 × J611-02 = 34 data records
        assertThat(n).isEqualTo(36);

        assertThat(records.getFirst()).containsExactly("1", "1", "0", "34", "J11", "0", OFFICE, "0", "1", "202607", "");
        assertThat(records.getLast()).containsExactly("3", "36");
        for (int i = 1; i < n - 1; i++) {
            List<String> r = records.get(i);
            assertThat(r.get(0)).isEqualTo("2");
            assertThat(r.get(1)).isEqualTo(String.valueOf(i + 1));
            String id = r.get(2) + "-" + r.get(3);
            assertThat(r.size() - 2).as(id).isEqualTo(ITEMS.get(id));
        }

        List<List<String>> lines = inner(records, "J121", "03");
        assertThat(lines).extracting(l -> item(l, 7) + " " + item(l, 8) + "×" + item(l, 9) + "=" + item(l, 10)).containsExactly(
                "462073 584×20=11680", "466040 94×2=188", "466590 21×36=756", "465070 30×20=600", "465120 1389×1=1389");
        assertThat(lines).allSatisfy(l -> assertThat(l.subList(2, 6)).containsExactly("202606", "131016", OFFICE, "1234567890"));

        List<String> totals = inner(records, "J121", "04").getFirst();
        assertThat(List.of(7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19, 21, 22)).extracting(i -> item(totals, i))
                .containsExactly("46", "1", "22", "14613", "10340", "0", "151098", "15109", "15109", "9300", "9300", "9300", "141798");
        List<String> basic = inner(records, "J121", "01").getFirst();
        assertThat(List.of(6, 8, 10, 11, 12, 13, 20, 21, 22, 25, 27, 28)).extracting(i -> item(basic, i))
                .containsExactly("1234567890", "ﾂﾑｷﾞ ﾊﾅｺ", "16", "1", "9300", "1", "14613", "151098", "9300", "9300", "9300", "141798");
        assertThat(List.of(15, 16, 17, 26)).extracting(i -> item(basic, i)).containsOnly("");
        List<String> sheet = inner(records, "J111", "01").getFirst();
        assertThat(List.of(6, 7, 8, 9, 10, 12, 17, 18, 19, 20, 22)).extracting(i -> item(sheet, i))
                .containsExactly("141798", "1", "14613", "151098", "141798", "9300", "1", "14613", "151098", "141798", "9300");
        List<String> kind = inner(records, "J111", "02").getFirst();
        assertThat(kind.subList(5, 14)).containsExactly("1", "46", "1", "14613", "151098", "141798", "", "9300", "");

        assertThat(item(inner(records, "J121", "02").getFirst(), 10)).isEqualTo("20");
        assertThat(inner(records, "J121", "05").getFirst().subList(6, 11)).containsExactly("461000", "2200", "20250401", "", "1");

        List<String> sheet1701 = inner(records, "J611", "01").getFirst();
        assertThat(List.of(7, 34, 45, 53)).extracting(i -> item(sheet1701, i)).containsExactly("1701", "36", "20", "");
        List<List<String>> days = inner(records, "J611", "02");
        assertThat(days).hasSize(22);
        List<String> first = days.getFirst();
        assertThat(List.of(7, 9, 14, 15, 21, 22, 32, 36)).extracting(i -> item(first, i))
                .containsExactly("1701", "01", "0930", "1530", "1", "1", "1", "");
        List<String> last = days.getLast();
        assertThat(List.of(9, 14, 15, 21, 32, 36)).extracting(i -> item(last, i)).containsExactly("30", "", "", "", "", "8");
        assertThat(days).filteredOn(d -> item(d, 36).equals("8")).hasSize(2);

        String text = decodeStrict(bytes);
        // a value with a space or a 2-byte character is quoted; plain codes and numbers are not
        assertThat(text).contains(",\"ﾂﾑｷﾞ ﾊﾅｺ\",", ",\"送迎車両の点検のため、到着が遅れた\",", "2,2,J111,01,202606,131016," + OFFICE + ",141798,");
        // the 英数 kana item is 1 byte a character (half-width), the 漢字 item 2 bytes a character
        assertThat(Cp932.encode(item(basic, 8))).hasSize(8);
        String remark = item(days.get(2), 35);
        assertThat(Cp932.encode(remark)).hasSize(2 * remark.length());
        assertThat(file.fileName()).isEqualTo("J1126071.CSV").matches("[A-Z][A-Z0-9]{0,7}\\.CSV");
    }

    @Test
    void quotingFollowsTheSpec() {
        assertThat(Cp932.field("1234567890")).isEqualTo("1234567890");
        assertThat(Cp932.field("ﾂﾑｷﾞ")).isEqualTo("ﾂﾑｷﾞ"); // half-width kana is 1 byte: no quotes needed
        assertThat(Cp932.field("ﾂﾑｷﾞ ﾊﾅｺ")).isEqualTo("\"ﾂﾑｷﾞ ﾊﾅｺ\"");
        assertThat(Cp932.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Cp932.field("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(Cp932.field("１")).isEqualTo("\"１\"");
        assertThat(Cp932.halfWidthKana("ヤマダ　タロウ")).isEqualTo("ﾔﾏﾀﾞ ﾀﾛｳ");
        assertThat(Cp932.halfWidthKana("ぱっぴー")).isEqualTo("ﾊﾟｯﾋﾟｰ");
    }

    @Test
    void underUpperLimitManagementThePersonPaysTheResultAmount() throws CharacterCodingException {
        // BL-4 result 3 seen from the other office: this office may charge 1,300
        ClaimFile file = ClaimFile.write(bl2(p -> new Person(p.certificate(), p.municipality(), p.nameKana(), p.monthlyCap(),
                new UpperLimit("1310000002", 3, 1300), p.contract(), p.days(), p.lines(), new Totals(14613, 151098, 15109, 1300, 149798),
                p.record(), 0)));
        List<List<String>> records = read(file);
        List<String> basic = inner(records, "J121", "01").getFirst();
        assertThat(List.of(15, 16, 17, 22, 25, 26, 27, 28)).extracting(i -> item(basic, i))
                .containsExactly("1310000002", "3", "1300", "9300", "9300", "1300", "1300", "149798");
        assertThat(item(inner(records, "J111", "01").getFirst(), 6)).isEqualTo("149798");
    }

    // ---- refusals, each naming the record and the item ----

    @Test
    void refusesATooLongItem() {
        assertThatThrownBy(() -> ClaimFile.write(bl2(p -> new Person(p.certificate(), p.municipality(), "ジュゲムジュゲム　ゴコウノスリキレ　カイジャリスイギョ", 9300,
                null, p.contract(), p.days(), p.lines(), p.totals(), p.record(), 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("J121-01 #8 支給決定者氏名カナ")
                .hasMessageContaining("> 25 (CP932, quotes excluded)");
    }

    @Test
    void refusesAHalfWidthCharacterInAFullWidthItem() {
        assertThatThrownBy(() -> ClaimFile.write(bl2(p -> withDays(p, days -> days.set(0, days.get(0).withRemark("送迎ABC"))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("J611-02 #35 備考").hasMessageContaining("漢字");
    }

    @Test
    void refusesTotalsThatDoNotReconcile() {
        assertThatThrownBy(() -> ClaimFile.write(bl2(p -> withTotals(p, new Totals(14613, 151000, 15100, 9300, 141700)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("J121-04 #13 総費用額")
                .hasMessageContaining("floor(14613 × 10.34) = 151098");
        assertThatThrownBy(() -> ClaimFile.write(bl2(p -> withTotals(p, new Totals(14613, 151098, 15109, 9300, 141799)))))
                .hasMessageContaining("J121-04 #22 給付費");
        assertThatThrownBy(() -> ClaimFile.write(bl2(p -> withTotals(p, new Totals(14600, 151098, 15109, 9300, 141798)))))
                .hasMessageContaining("J121-04 #10 給付単位数");
    }

    @Test
    void refusesFiveAbsenceResponses() {
        // five claimed on J121-03 (the J611 days and the totals would follow; the count is refused first)
        assertThatThrownBy(() -> ClaimFile.write(bl2(p -> withLines(p, 1, ServiceLine.of("466040", 94, 5)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("J121-03 #9 回数").hasMessageContaining("5 > 4 a month");
        // five days with 状況 8 on the service record sheet
        assertThatThrownBy(() -> ClaimFile.write(bl2(p -> withDays(p, days -> {
            days.add(Day.absence(JUNE.atDay(27)));
            days.add(Day.absence(JUNE.atDay(28)));
            days.add(Day.absence(JUNE.atDay(6)));
        })))).hasMessageContaining("J611-02 #36 サービス提供の状況").hasMessageContaining("5 days with 状況 8");
    }

    @Test
    void refusesTransportOrMealsThatDifferFromTheServiceRecord() {
        assertThatThrownBy(() -> ClaimFile.write(bl2(p -> withLines(p, 2, ServiceLine.of("466590", 21, 38)))))
                .hasMessageContaining("J611-01 #34 実績送迎加算（回）").hasMessageContaining("36 one-way trips ≠ 送迎加算 回数 38");
        assertThatThrownBy(() -> ClaimFile.write(bl2(p -> withLines(p, 3, ServiceLine.of("465070", 30, 19)))))
                .hasMessageContaining("J611-01 #45 食事提供加算（回）");
    }

    @Test
    void refusesDaysAboveTheMonthOrTheRecord() {
        assertThatThrownBy(() -> ClaimFile.write(bl2(p -> new Person(p.certificate(), p.municipality(), p.nameKana(), 9300, null, p.contract(),
                new Days(p.days().firstService(), null, 31, 31), p.lines(), p.totals(), p.record(), 0))))
                .hasMessageContaining("J121-02 #10 利用日数").hasMessageContaining("31 days > 30 days in 2026-06");
        assertThatThrownBy(() -> ClaimFile.write(bl2(p -> new Person(p.certificate(), p.municipality(), p.nameKana(), 9300, null, p.contract(),
                new Days(p.days().firstService(), null, 20, 20), p.lines(), p.totals(), p.record(), 0))))
                .hasMessageContaining("J121-04 #9 サービス利用日数").hasMessageContaining("20 ≠ 22 J611-02 days");
    }

    @Test
    void refusesAWrongItemCountAndAWrongAttribute() {
        assertThatThrownBy(() -> RecordLayouts.J121_03.check(List.of("J121", "03", "202606", "131016", OFFICE, "1234567890", "462073",
                "584", "20", "11680"))).hasMessageContaining("J121-03: 10 items, the spec's table has exactly 11");
        assertThatThrownBy(() -> ClaimFile.write(bl2(p -> new Person("12345abcde", p.municipality(), p.nameKana(), 9300, null, p.contract(),
                p.days(), p.lines(), p.totals(), p.record(), 0)))).hasMessageContaining("#6 受給者証番号").hasMessageContaining("英数");
    }

    static Person withTotals(Person p, Totals t) {
        return new Person(p.certificate(), p.municipality(), p.nameKana(), p.monthlyCap(), p.upperLimit(), p.contract(), p.days(), p.lines(), t,
                p.record(), p.offSiteDaysThisFiscalYear());
    }

    static Person withLines(Person p, int index, ServiceLine line) {
        List<ServiceLine> lines = new ArrayList<>(p.lines());
        lines.set(index, line);
        return new Person(p.certificate(), p.municipality(), p.nameKana(), p.monthlyCap(), p.upperLimit(), p.contract(), p.days(), lines,
                p.totals(), p.record(), p.offSiteDaysThisFiscalYear());
    }

    static Person withDays(Person p, java.util.function.Consumer<List<Day>> change) {
        List<Day> days = new ArrayList<>(p.record());
        change.accept(days);
        return new Person(p.certificate(), p.municipality(), p.nameKana(), p.monthlyCap(), p.upperLimit(), p.contract(), p.days(), p.lines(),
                p.totals(), days, p.offSiteDaysThisFiscalYear());
    }
}
