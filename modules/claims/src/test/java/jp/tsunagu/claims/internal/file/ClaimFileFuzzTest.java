package jp.tsunagu.claims.internal.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Contract;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Day;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Days;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Initial;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Office;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Person;
import jp.tsunagu.claims.internal.file.ClaimFileInput.ServiceLine;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Totals;
import jp.tsunagu.claims.internal.file.ClaimFileInput.UpperLimit;

/**
 * Fuzzing (#25 point 6) of the claim file writer (claim-file.md §6.3) and its CP932 encoder: whatever figures and texts
 * reach the writer, it writes a file of strict CP932 records or refuses with {@link IllegalArgumentException} naming
 * the record and item; the encoder refuses what CP932 cannot hold with {@link IllegalArgumentException} and never
 * replaces it. The claim file is only written (the 国保連's answers are not read yet), so there is no reader to fuzz.
 */
class ClaimFileFuzzTest {

    /** Texts from anywhere (UTF-8 bytes): encode refuses or gives bytes; the helpers never throw. */
    @FuzzTest(maxDuration = "10s")
    void cp932(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        boolean encodable = Cp932.encodable(text);
        try {
            byte[] bytes = Cp932.encode(text);
            assertThat(encodable).as("encode succeeded, so canEncode should agree").isTrue();
            assertThat(bytes.length).isBetween(text.length(), 2 * text.length());
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).startsWith("not encodable in CP932");
        }
        String field = Cp932.field(text);
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0) {
            assertThat(field).startsWith("\"").endsWith("\"");
        }
        Cp932.halfWidthKana(text);
        for (char c : text.toCharArray()) {
            Cp932.jisX0208(c);
        }
    }

    /** The worked example of claim-file.md (BL2), with its texts, figures, days and lines changed by the fuzzer. */
    @FuzzTest(maxDuration = "10s")
    void claimFile(FuzzedDataProvider data) throws Exception {
        ClaimFileInput input;
        try {
            input = input(data);
        } catch (ArithmeticException notAnInput) {
            return; // the fuzzer's figures overflowed building the input itself (ServiceLine.percentage): not the writer's
        }
        ClaimFile file;
        try {
            file = ClaimFile.write(input);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        String text = ClaimFileTest.decodeStrict(file.bytes());
        assertThat(text).endsWith("\r\n");
        assertThat(text.split("\r\n", -1)).hasSize(file.records().size() + 1);
    }

    private static ClaimFileInput input(FuzzedDataProvider data) {
        Person p = ClaimFileTest.bl2Person();
        String certificate = data.consumeBoolean() ? data.consumeString(12) : p.certificate();
        String municipality = data.consumeBoolean() ? data.consumeString(8) : p.municipality();
        String kana = switch (data.consumeInt(0, 2)) {
            case 0 -> p.nameKana();
            case 1 -> null;
            default -> data.consumeString(40);
        };
        long cap = data.consumeBoolean() ? data.consumeLong() : p.monthlyCap();
        UpperLimit limit = data.consumeBoolean()
                ? new UpperLimit(data.consumeString(12), data.consumeInt(-1, 5), data.consumeLong(-1, 100_000)) : null;
        Contract contract = data.consumeBoolean() ? new Contract(data.consumeString(8), data.consumeInt(-1, 40),
                date(data), data.consumeBoolean() ? date(data) : null, data.consumeInt(-1, 100)) : p.contract();
        Days days = data.consumeBoolean() ? new Days(date(data), data.consumeBoolean() ? date(data) : null,
                data.consumeInt(-1, 40), data.consumeInt(-1, 40)) : p.days();
        List<ServiceLine> lines = new ArrayList<>(p.lines());
        for (int n = data.consumeInt(0, 3); n > 0 && !lines.isEmpty(); n--) {
            int i = data.consumeInt(0, lines.size() - 1);
            lines.set(i, switch (data.consumeInt(0, 3)) {
                case 0 -> lines.get(i).withNote(data.consumeString(60));
                case 1 -> ServiceLine.of(data.consumeString(8), data.consumeInt(-10, 100_000), data.consumeInt(-1, 100));
                case 2 -> ServiceLine.percentage(data.consumeString(8), data.consumeInt(-1, 1000), data.consumeLong(-1, 1_000_000));
                default -> new ServiceLine(lines.get(i).code(), data.consumeInt(), data.consumeInt(), data.consumeLong(), null, null);
            });
        }
        if (data.consumeBoolean()) {
            lines.remove(data.consumeInt(0, lines.size() - 1));
        }
        Totals totals = data.consumeBoolean() ? new Totals(data.consumeLong(-1, 1_000_000), data.consumeLong(-1, 10_000_000),
                data.consumeLong(-1, 1_000_000), data.consumeLong(-1, 100_000), data.consumeLong(-1, 10_000_000)) : p.totals();
        List<Day> record = new ArrayList<>(p.record());
        for (int n = data.consumeInt(0, 4); n > 0 && !record.isEmpty(); n--) {
            int i = data.consumeInt(0, record.size() - 1);
            Day d = record.get(i);
            record.set(i, switch (data.consumeInt(0, 4)) {
                case 0 -> d.withRemark(data.consumeString(60));
                case 1 -> d.withTransport(data.consumeInt(-1, 3), data.consumeInt(-1, 3));
                case 2 -> new Day(date(data), time(data), time(data), 0, 0, data.consumeBoolean(), data.consumeBoolean(),
                        data.consumeBoolean(), null);
                case 3 -> Day.absence(d.date());
                default -> d.withOffSite();
            });
        }
        if (data.consumeBoolean()) {
            record.remove(data.consumeInt(0, record.size() - 1));
        }
        Initial initial = data.consumeBoolean() ? new Initial(date(data), date(data), data.consumeInt(-1, 31)) : null;
        Person person = new Person(certificate, municipality, kana, cap, limit, contract, days, lines, totals, record,
                data.consumeInt(-1, 400), initial);
        List<Person> persons = data.consumeBoolean() ? List.of(person) : data.consumeBoolean() ? List.of() : List.of(person, p);
        Office office = new Office(data.consumeBoolean() ? data.consumeString(12) : ClaimFileTest.OFFICE,
                data.consumeBoolean() ? data.consumeString(3) : "16",
                data.consumeBoolean() ? BigDecimal.valueOf(data.consumeLong(-100_000, 100_000), data.consumeInt(0, 4))
                        : new BigDecimal("10.34"));
        YearMonth service = data.consumeBoolean() ? YearMonth.of(data.consumeInt(2000, 2100), data.consumeInt(1, 12))
                : ClaimFileTest.JUNE;
        YearMonth processing = data.consumeBoolean() ? service.plusMonths(data.consumeInt(-2, 24)) : service.plusMonths(1);
        return new ClaimFileInput(office, service, processing, data.consumeChar(), persons);
    }

    private static LocalDate date(FuzzedDataProvider data) {
        return ClaimFileTest.JUNE.atDay(1).plusDays(data.consumeInt(-400, 400));
    }

    private static LocalTime time(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null : LocalTime.ofSecondOfDay(data.consumeInt(0, 86_399));
    }
}
