package jp.tsunagu.claims.internal.file;

import static jp.tsunagu.claims.internal.file.RecordLayouts.CONTROL;
import static jp.tsunagu.claims.internal.file.RecordLayouts.DATA;
import static jp.tsunagu.claims.internal.file.RecordLayouts.END;
import static jp.tsunagu.claims.internal.file.RecordLayouts.J111_01;
import static jp.tsunagu.claims.internal.file.RecordLayouts.J111_02;
import static jp.tsunagu.claims.internal.file.RecordLayouts.J121_01;
import static jp.tsunagu.claims.internal.file.RecordLayouts.J121_02;
import static jp.tsunagu.claims.internal.file.RecordLayouts.J121_03;
import static jp.tsunagu.claims.internal.file.RecordLayouts.J121_04;
import static jp.tsunagu.claims.internal.file.RecordLayouts.J121_05;
import static jp.tsunagu.claims.internal.file.RecordLayouts.J611_01;
import static jp.tsunagu.claims.internal.file.RecordLayouts.J611_02;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Day;
import jp.tsunagu.claims.internal.file.ClaimFileInput.Person;
import jp.tsunagu.claims.internal.file.ClaimFileInput.ServiceLine;

/**
 * The monthly claim file of one B型 office to the 国保連 (claim-file.md): the control record, the data records J111 (請求書:
 * 01 per municipality, 02 per 給付種別 × サービス種類), J121 (明細書 per person: 01 basic, 02 days, 03 one line per service
 * code, 04 totals, 05 contract) and J611 (実績記録票 様式1701: 01 monthly totals, 02 one line per day), and the end record;
 * CP932, CR LF after every record, comma-separated, quoted per 共通編 1.2.2(4).
 *
 * <p>Refused while writing, naming the record, the item and the rule (claim-file.md §6.3): a person's figures that do not
 * reconcile (J121-03 → J121-04 → J121-01 → J111-02 → J111-01, §3.1), day counts above the month or inconsistent with the
 * J611 days, more than 4 欠席時対応, transport or meals that differ between J121-03 and J611, service dates outside the
 * contract, then every record against its item table ({@link RecordLayout#check}).
 */
public final class ClaimFile {
    /** サービス種類コード 就労継続支援B型 (CONFIRMED); codes for A型 and 就労移行 are NOT FOUND, so only 46 is written. */
    static final String SERVICE_TYPE = "46";
    /** 給付種別 1 介護給付費・訓練等給付費 (CONFIRMED, p.18). */
    static final String BENEFIT_KIND = "1";
    /** 集計欄分類番号 for an ordinary statement (LIKELY, Tsumugi constant). */
    static final String SUMMARY_CLASS = "1";
    /** 就労継続支援A型事業者負担減免措置実施 / A型減免対象者: 1 無し (B型 = 1, LIKELY). */
    static final String NO_A_TYPE_REDUCTION = "1";
    /** 様式種別番号 様式17 枝番01 (LIKELY, Tsumugi from the p.83-89 matrices). */
    static final String FORM_1701 = "1701";
    /** サービス提供の状況 on a 欠席時対応 day for 1701 (LIKELY: Tsumugi's code; the spec's ※8 was not extracted). */
    static final String STATUS_ABSENCE_RESPONSE = "8";
    static final String ABSENCE_RESPONSE_CODE = "466040";
    static final int ABSENCE_RESPONSES_PER_MONTH = 4;
    /** 送迎加算 (Ⅰ)/(Ⅱ) and their 同一敷地内 variants, one unit of count per one-way trip (service-codes.md §3.1). */
    static final Set<String> TRANSPORT_CODES = Set.of("466590", "466591", "466592", "466593");
    static final String MEAL_CODE = "465070";
    static final String INITIAL_CODE = "465050";
    /** The spec's own bound of J611-01 #54 (「施設外支援累計（日／１８０日）」); the checks use the rule table off-site-support-limits. */
    static final int OFF_SITE_DAYS_PER_YEAR = 180;

    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter YM = DateTimeFormatter.ofPattern("uuuuMM");
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HHmm");
    private static final DateTimeFormatter YYMM = DateTimeFormatter.ofPattern("uuMM");

    /** A record's items, unquoted; for a data record the inner record (J111-01 …), framed when written. */
    record Row(RecordLayout layout, List<String> items) {
        String item(int no) {
            return items.get(no - 1);
        }

        long number(int no) {
            String v = item(no);
            return v.isEmpty() ? 0 : Long.parseLong(v);
        }
    }

    private final String fileName;
    private final List<Row> records;

    private ClaimFile(String fileName, List<Row> records) {
        this.fileName = fileName;
        this.records = List.copyOf(records);
    }

    /** The file name: 「英字で始まる半角英数字8桁以内」 + ".CSV" (1.2.1, CONFIRMED); scheme J11 + processing YYMM + one character. */
    public String fileName() {
        return fileName;
    }

    /** Every record's items in file order, unquoted: control, data (type, number, then the inner items), end. */
    public List<List<String>> records() {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Row r = records.get(i);
            List<String> items = new ArrayList<>();
            if (r.layout() != CONTROL && r.layout() != END) {
                items.add("2");
                items.add(String.valueOf(i + 1));
            }
            items.addAll(r.items());
            out.add(items);
        }
        return out;
    }

    /** The file's lines, without the CR LF. */
    public List<String> lines() {
        return records().stream().map(items -> String.join(",", items.stream().map(Cp932::field).toList())).toList();
    }

    /** The file: CP932, CR LF after every record including the end record, no BOM. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines()) {
            out.writeBytes(Cp932.encode(line + "\r\n"));
        }
        return out.toByteArray();
    }

    public static ClaimFile write(ClaimFileInput in) {
        if (in.persons().isEmpty()) {
            throw new IllegalArgumentException("J121: no person to claim");
        }
        if (!in.processingMonth().isAfter(in.serviceMonth())) {
            throw CONTROL.refuse(10, "processing month " + in.processingMonth() + " must come after the service month " + in.serviceMonth()
                    + " (sent in M+1 or later, LIKELY)");
        }
        Set<String> seen = new HashSet<>();
        for (Person p : in.persons()) {
            if (!seen.add(p.municipality() + "/" + p.certificate())) {
                throw J121_01.refuse(6, p.certificate() + " appears twice for " + p.municipality() + " (ED01 基本情報が重複)");
            }
            checkPerson(in, p);
        }
        List<Person> persons = in.persons().stream().sorted(Comparator.comparing(Person::municipality).thenComparing(Person::certificate)).toList();
        String month = in.serviceMonth().format(YM);
        String office = in.office().number();

        // J111 per municipality (the 請求書 is addressed to one 市町村, LIKELY); then J121 and J611 grouped by record type with
        // people in a fixed order, as Tsumugi writes them (the federation's preferred inner order is NOT FOUND, §1).
        List<Row> data = new ArrayList<>();
        Map<String, List<Person>> byMunicipality = new TreeMap<>();
        persons.forEach(p -> byMunicipality.computeIfAbsent(p.municipality(), k -> new ArrayList<>()).add(p));
        byMunicipality.forEach((municipality, group) -> data.addAll(claimSheet(month, municipality, office, group)));
        Map<RecordLayout, List<Row>> statements = new LinkedHashMap<>();
        for (RecordLayout l : List.of(J121_01, J121_02, J121_03, J121_04, J121_05, J611_01, J611_02)) {
            statements.put(l, new ArrayList<>());
        }
        for (Person p : persons) {
            statement(in, p, month).forEach(r -> statements.get(r.layout()).add(r));
        }
        statements.values().forEach(data::addAll);
        data.forEach(r -> r.layout().check(r.items()));
        reconcile(data);

        String kind = data.getFirst().item(1).substring(0, 3);
        String name = kind + in.processingMonth().format(YYMM) + in.fileSequence() + ".CSV";
        if (!name.matches("[A-Z][A-Z0-9]{0,7}\\.CSV")) {
            throw new IllegalArgumentException("file name " + name + ": 英字で始まる半角英数字8桁以内 + .CSV (共通編 1.2.1)");
        }
        List<Row> records = new ArrayList<>();
        // 処理対象年月 = the month the file is sent (注１ NOT FOUND; LIKELY). データ種別 = the first data record's 3 characters (1.6).
        records.add(new Row(CONTROL, List.of("1", "1", "0", String.valueOf(data.size()), kind, "0", office, "0", "1",
                in.processingMonth().format(YM), "")));
        records.addAll(data);
        records.add(new Row(END, List.of("3", String.valueOf(data.size() + 2))));
        for (int i = 0; i < records.size(); i++) {
            Row r = records.get(i);
            if (r.layout() == CONTROL || r.layout() == END) {
                r.layout().check(r.items());
            } else {
                DATA.check(List.of("2", String.valueOf(i + 1)));
            }
        }
        return new ClaimFile(name, records);
    }

    // ---- the records ----

    /** Fills a record's items by number; items not set stay empty (the comma is still written). */
    private static final class Fields {
        private final RecordLayout layout;
        private final String[] items;

        Fields(RecordLayout layout, String... key) {
            this.layout = layout;
            this.items = new String[layout.size()];
            java.util.Arrays.fill(items, "");
            for (int i = 0; i < key.length; i++) {
                items[i] = key[i];
            }
        }

        Fields set(int no, Object value) {
            items[no - 1] = value == null ? "" : value.toString();
            return this;
        }

        /** A ○ item written only when non-zero. */
        Fields setNonZero(int no, long value) {
            return set(no, value == 0 ? null : value);
        }

        Row row() {
            return new Row(layout, List.of(items));
        }
    }

    private static List<Row> claimSheet(String month, String municipality, String office, List<Person> group) {
        long units = sum(group, t -> t.totals().units());
        long cost = sum(group, t -> t.totals().cost());
        long benefit = sum(group, t -> t.totals().benefit());
        long charge = sum(group, t -> t.totals().charge());
        // 自治体助成 and 特別対策費 (service months before 2013-04) are not written: no subsidy input; 請求金額 = 合計給付費請求額.
        Fields head = new Fields(J111_01, "J111", "01", month, municipality, office).set(6, benefit);
        for (int base : new int[] {7, 17}) {
            head.set(base, group.size()).set(base + 1, units).set(base + 2, cost).set(base + 3, benefit).set(base + 5, charge);
        }
        Fields kind = new Fields(J111_02, "J111", "02", month, municipality, office).set(6, BENEFIT_KIND).set(7, SERVICE_TYPE)
                .set(8, group.size()).set(9, units).set(10, cost).set(11, benefit).set(13, charge);
        return List.of(head.row(), kind.row());
    }

    private static List<Row> statement(ClaimFileInput in, Person p, String month) {
        String[] key = {month, p.municipality(), in.office().number(), p.certificate()};
        var t = p.totals();
        long capAdjusted = Math.min(p.monthlyCap(), t.share());
        var ul = p.upperLimit();
        List<Row> rows = new ArrayList<>();
        rows.add(new Fields(J121_01, keyed("J121", "01", key)).set(8, p.nameKana() == null ? null : Cp932.halfWidthKana(p.nameKana()))
                .set(10, in.office().regionalCode()).set(11, NO_A_TYPE_REDUCTION).set(12, p.monthlyCap()).set(13, NO_A_TYPE_REDUCTION)
                .set(15, ul == null ? null : ul.managingOffice()).set(16, ul == null ? null : ul.result())
                .set(17, ul == null ? null : ul.resultAmount()).set(20, t.units()).set(21, t.cost()).set(22, capAdjusted)
                // 調整後利用者負担額: for one service type = 上限月額調整, written when non-zero (Tsumugi's reading, LIKELY)
                .setNonZero(25, capAdjusted).set(26, ul == null ? null : ul.resultAmount()).set(27, t.charge()).set(28, t.benefit()).row());
        var d = p.days();
        rows.add(new Fields(J121_02, keyed("J121", "02", key)).set(7, SERVICE_TYPE).set(8, d.firstService().format(YMD))
                .set(9, d.ended() == null ? null : d.ended().format(YMD)).set(10, d.used()).row());
        for (ServiceLine l : p.lines()) {
            rows.add(new Fields(J121_03, keyed("J121", "03", key)).set(7, l.code()).set(8, l.unitsEach()).set(9, l.count()).set(10, l.units())
                    .set(11, l.note()).row());
        }
        // 単位数単価: 整数部2桁＋小数部3桁, 4th decimal rounded half up (p.32, CONFIRMED): 10.34 → 10340, written at full width
        String unitPrice = "%05d".formatted(in.office().unitPrice().setScale(3, RoundingMode.HALF_UP).movePointRight(3).intValueExact());
        rows.add(new Fields(J121_04, keyed("J121", "04", key)).set(7, SERVICE_TYPE).set(8, SUMMARY_CLASS).set(9, d.serviceUse())
                .set(10, t.units()).set(11, unitPrice).set(12, 0).set(13, t.cost()).set(14, t.share()).set(15, t.share()).set(16, capAdjusted)
                .setNonZero(19, capAdjusted).set(20, ul == null ? null : ul.resultAmount()).set(21, t.charge()).set(22, t.benefit()).row());
        var c = p.contract();
        // 契約支給量: 整数部3桁＋小数部2桁 (22 days → 2200, p.38 CONFIRMED); written without leading zeros (both accepted)
        rows.add(new Fields(J121_05, keyed("J121", "05", key)).set(7, c.decidedServiceCode()).set(8, c.days() * 100L)
                .set(9, c.start().format(YMD)).set(10, c.end() == null ? null : c.end().format(YMD)).set(11, c.lineNumber()).row());

        List<Day> days = p.record().stream().sorted(Comparator.comparing(Day::date)).toList();
        int trips = days.stream().mapToInt(x -> x.transportTo() + x.transportFrom()).sum();
        rows.add(new Fields(J611_01, keyed("J611", "01", key)).set(7, FORM_1701).setNonZero(34, trips)
                .setNonZero(45, count(days, Day::meal)).setNonZero(53, count(days, Day::offSite))
                .set(54, count(days, Day::offSite) == 0 ? null : p.offSiteDaysThisFiscalYear())
                .set(70, p.initial() == null ? null : p.initial().start().format(YMD))
                .set(71, p.initial() == null ? null : p.initial().lastDay().format(YMD)).set(72, p.initial() == null ? null : p.initial().days())
                .row());
        for (Day x : days) {
            // 日付: コード値 2 「日を設定」, written with two digits ("01"; Tsumugi writes "1": NOT FOUND which one, LIKELY)
            rows.add(new Fields(J611_02, keyed("J611", "02", key)).set(7, FORM_1701).set(9, "%02d".formatted(x.date().getDayOfMonth()))
                    .set(14, x.start() == null ? null : x.start().format(HM)).set(15, x.end() == null ? null : x.end().format(HM))
                    .setNonZero(21, x.transportTo()).setNonZero(22, x.transportFrom()).set(29, x.offSite() ? "1" : null)
                    .set(32, x.meal() ? "1" : null).set(35, x.remark()).set(36, x.absenceResponse() ? STATUS_ABSENCE_RESPONSE : null).row());
        }
        return rows;
    }

    private static String[] keyed(String id, String code, String[] key) {
        String[] all = new String[key.length + 2];
        all[0] = id;
        all[1] = code;
        System.arraycopy(key, 0, all, 2, key.length);
        return all;
    }

    // ---- the checks of one person's month (§3.1, §6.3 (4)-(7)) ----

    private static void checkPerson(ClaimFileInput in, Person p) {
        String who = " (受給者証番号 " + p.certificate() + ")";
        YearMonth ym = in.serviceMonth();
        int monthDays = ym.lengthOfMonth();
        var d = p.days();
        require(d.used() <= monthDays, J121_02, 10, d.used() + " days > " + monthDays + " days in " + ym + who);
        require(d.serviceUse() <= monthDays, J121_04, 9, d.serviceUse() + " days > " + monthDays + " days in " + ym + who);

        Set<LocalDate> dates = new HashSet<>();
        for (Day x : p.record()) {
            require(YearMonth.from(x.date()).equals(ym), J611_02, 9, x.date() + " is outside the service month " + ym + who);
            require(dates.add(x.date()), J611_02, 9, x.date() + " appears twice" + who);
            require(!x.date().isBefore(p.contract().start()) && (p.contract().end() == null || !x.date().isAfter(p.contract().end())),
                    J121_05, p.contract().end() == null ? 9 : 10, x.date() + " is outside the contract (EG61)" + who);
            require(!x.absenceResponse() || (x.start() == null && x.end() == null && x.transportTo() + x.transportFrom() == 0 && !x.meal()),
                    J611_02, 36, x.date() + ": a 欠席時対応 day carries no times, transport or meal" + who);
        }
        int absences = count(p.record(), Day::absenceResponse);
        int absenceLine = countOf(p, Set.of(ABSENCE_RESPONSE_CODE));
        require(absenceLine <= ABSENCE_RESPONSES_PER_MONTH, J121_03, 9,
                ABSENCE_RESPONSE_CODE + " 欠席時対応加算 " + absenceLine + " > " + ABSENCE_RESPONSES_PER_MONTH + " a month" + who);
        require(absences <= ABSENCE_RESPONSES_PER_MONTH, J611_02, 36, absences + " days with 状況 " + STATUS_ABSENCE_RESPONSE
                + " (欠席時対応) > " + ABSENCE_RESPONSES_PER_MONTH + " a month" + who);
        int attended = p.record().size() - absences;
        // J121-02 利用日数 does not count a day with only 欠席時対応; J121-04 サービス利用日数 does (§3.1, CONFIRMED)
        require(d.used() == attended, J121_02, 10, d.used() + " ≠ " + attended + " J611-02 days without 欠席時対応" + who);
        require(d.serviceUse() == p.record().size(), J121_04, 9, d.serviceUse() + " ≠ " + p.record().size() + " J611-02 days" + who);
        // EG28: no 利用日数の特例 input, so the days used stay within the contracted amount
        require(d.used() <= p.contract().days(), J121_05, 8, d.used() + " days used > " + p.contract().days() + " contracted (EG28)" + who);

        // LIKELY (§6.3 (6)): the claimed 欠席時対応 equal the J611 days with 状況 8
        require(absenceLine == absences, J121_03, 9, ABSENCE_RESPONSE_CODE + " 回数 " + absenceLine + " ≠ " + absences
                + " J611-02 days with 状況 " + STATUS_ABSENCE_RESPONSE + who);
        int trips = p.record().stream().mapToInt(x -> x.transportTo() + x.transportFrom()).sum();
        require(countOf(p, TRANSPORT_CODES) == trips, J611_01, 34, trips + " one-way trips ≠ 送迎加算 回数 " + countOf(p, TRANSPORT_CODES)
                + " on J121-03" + who);
        int meals = count(p.record(), Day::meal);
        require(countOf(p, Set.of(MEAL_CODE)) == meals, J611_01, 45, meals + " meals ≠ 食事提供体制加算 回数 " + countOf(p, Set.of(MEAL_CODE))
                + " on J121-03" + who);
        int initial = countOf(p, Set.of(INITIAL_CODE));
        require(initial == (p.initial() == null ? 0 : p.initial().days()), J611_01, 72, "初期加算 当月算定日数 "
                + (p.initial() == null ? "-" : p.initial().days()) + " ≠ " + INITIAL_CODE + " 回数 " + initial + " on J121-03" + who);
        if (p.initial() != null) { // within the period from the first day of use, on days the person came
            require(p.record().stream().filter(x -> !x.absenceResponse() && !x.date().isBefore(p.initial().start())
                    && !x.date().isAfter(p.initial().lastDay())).count() >= initial, J611_01, 72, "初期加算 " + initial
                    + " days, more than the days used from " + p.initial().start() + " to " + p.initial().lastDay() + who);
        }
        int offSite = count(p.record(), Day::offSite);
        require(offSite == 0 || (p.offSiteDaysThisFiscalYear() >= offSite && p.offSiteDaysThisFiscalYear() <= OFF_SITE_DAYS_PER_YEAR), J611_01,
                54, p.offSiteDaysThisFiscalYear() + " must lie between this month's " + offSite + " and " + OFF_SITE_DAYS_PER_YEAR + who);

        long fixed = 0;
        for (ServiceLine l : p.lines()) {
            require(l.code().startsWith(SERVICE_TYPE), J121_03, 7, l.code() + " is not a B型 (46) code" + who);
            if (l.perMille() == null) {
                require(l.units() == (long) l.unitsEach() * l.count(), J121_03, 10,
                        l.code() + ": " + l.units() + " ≠ " + l.unitsEach() + " × " + l.count() + who);
                fixed += l.units();
            }
        }
        for (ServiceLine l : p.lines()) {
            if (l.perMille() != null) {
                // percentage additions on the month's fixed units, rounded half up once, not compounding (service-codes.md §3.2)
                long expected = BigDecimal.valueOf(fixed).multiply(BigDecimal.valueOf(l.perMille())).divide(BigDecimal.valueOf(1000), 0,
                        RoundingMode.HALF_UP).longValueExact();
                require(l.count() == 1 && l.unitsEach() == l.units() && l.units() == expected, J121_03, 10, l.code() + ": " + l.unitsEach()
                        + " × " + l.count() + " = " + l.units() + ", expected " + expected + " × 1 (" + fixed + " × " + l.perMille() + "/1000)" + who);
            }
        }
        var t = p.totals();
        require(t.units() == p.lines().stream().mapToLong(ServiceLine::units).sum(), J121_04, 10,
                t.units() + " ≠ Σ J121-03 サービス単位数 " + p.lines().stream().mapToLong(ServiceLine::units).sum() + who);
        BigDecimal price = in.office().unitPrice();
        long cost = BigDecimal.valueOf(t.units()).multiply(price).setScale(0, RoundingMode.DOWN).longValueExact();
        require(t.cost() == cost, J121_04, 13, t.cost() + " ≠ floor(" + t.units() + " × " + price.toPlainString() + ") = " + cost + who);
        require(t.share() == t.cost() * 10 / 100, J121_04, 14, t.share() + " ≠ floor(" + t.cost() + " × 10 / 100) = " + t.cost() * 10 / 100 + who);
        long capAdjusted = Math.min(p.monthlyCap(), t.share());
        var ul = p.upperLimit();
        if (ul == null) {
            require(t.charge() == capAdjusted, J121_04, 21, t.charge() + " ≠ min(cap " + p.monthlyCap() + ", share " + t.share() + ") = "
                    + capAdjusted + who);
        } else {
            // 上限額管理 (LIKELY, [W5]): the result amount is at most this office's capped charge; result 1 leaves the other offices
            // nothing to charge; result 2 leaves each office its own charge; and the person pays the result amount (EJ13: #17 = #26)
            require(ul.resultAmount() <= capAdjusted, J121_01, 17, ul.resultAmount() + " > 上限月額調整 " + capAdjusted + " (EJ16)" + who);
            require(ul.result() != 1 || ul.managingOffice().equals(in.office().number()) || ul.resultAmount() == 0, J121_01, 17,
                    "管理結果 1 at another managing office leaves this office 0, not " + ul.resultAmount() + " (EJ16)" + who);
            require(ul.result() != 2 || ul.resultAmount() == capAdjusted, J121_01, 17,
                    "管理結果 2 keeps this office's own charge " + capAdjusted + ", not " + ul.resultAmount() + " (EJ16)" + who);
            require(t.charge() == ul.resultAmount(), J121_04, 21, t.charge() + " ≠ 上限額管理後利用者負担額 " + ul.resultAmount() + " (EJ13)" + who);
        }
        require(t.benefit() == t.cost() - t.charge(), J121_04, 22, t.benefit() + " ≠ " + t.cost() + " − " + t.charge() + " = "
                + (t.cost() - t.charge()) + who);
    }

    private static void require(boolean ok, RecordLayout layout, int item, String rule) {
        if (!ok) {
            throw layout.refuse(item, rule);
        }
    }

    private static int count(List<Day> days, Predicate<Day> which) {
        return (int) days.stream().filter(which).count();
    }

    private static int countOf(Person p, Set<String> codes) {
        return p.lines().stream().filter(l -> codes.contains(l.code())).mapToInt(ServiceLine::count).sum();
    }

    private static long sum(List<Person> persons, Function<Person, Long> value) {
        return persons.stream().mapToLong(value::apply).sum();
    }

    // ---- the file's totals, re-read from the written records (§3.1, §6.3 (4)) ----

    /** Re-adds the written records: J121-03 → J121-04 → J121-01 → J111-02 → J111-01 and 請求金額; refuses the first mismatch. */
    private static void reconcile(List<Row> data) {
        Map<String, List<Row>> byStatement = new LinkedHashMap<>();
        Map<String, List<Row>> bySheet = new LinkedHashMap<>();
        for (Row r : data) {
            String id = r.item(1);
            String sheet = r.item(3) + "/" + r.item(4);
            if (id.equals("J121")) {
                byStatement.computeIfAbsent(sheet + "/" + r.item(6), k -> new ArrayList<>()).add(r);
            }
            bySheet.computeIfAbsent(sheet, k -> new ArrayList<>()).add(r);
        }
        byStatement.forEach((key, rows) -> {
            agree(rows, "03", 10, "04", 10, key);
            // J121-01 items 20-31 = Σ J121-04 (「…の合計を設定」)
            int[][] pairs = {{10, 20}, {13, 21}, {16, 22}, {19, 25}, {20, 26}, {21, 27}, {22, 28}, {25, 31}};
            for (int[] pair : pairs) {
                agree(rows, "04", pair[0], "01", pair[1], key);
            }
        });
        bySheet.forEach((key, rows) -> {
            List<Row> basics = of(rows, "J121", "01");
            List<Row> kinds = of(rows, "J111", "02");
            Row head = of(rows, "J111", "01").getFirst();
            Row kind = kinds.getFirst();
            check(kind, 8, basics.size(), key);
            check(kind, 9, total(basics, 20), key);
            check(kind, 10, total(basics, 21), key);
            check(kind, 11, total(basics, 28), key);
            check(kind, 13, total(basics, 27) - total(basics, 31), key);
            check(kind, 14, total(basics, 31), key);
            List<Row> subtotal = kinds.stream().filter(k -> k.item(6).equals(BENEFIT_KIND)).toList();
            for (int i = 0; i < 7; i++) {
                check(head, 7 + i, total(subtotal, 8 + i), key);
                check(head, 17 + i, total(kinds, 8 + i), key);
            }
            check(head, 6, head.number(20) + head.number(21) + head.number(23), key);
        });
    }

    private static List<Row> of(List<Row> rows, String id, String code) {
        return rows.stream().filter(r -> r.item(1).equals(id) && r.item(2).equals(code)).toList();
    }

    private static long total(List<Row> rows, int item) {
        return rows.stream().mapToLong(r -> r.number(item)).sum();
    }

    private static void agree(List<Row> rows, String from, int fromItem, String to, int toItem, String key) {
        List<Row> target = of(rows, "J121", to);
        check(target.getFirst(), toItem, total(of(rows, "J121", from), fromItem), key);
    }

    private static void check(Row row, int item, long expected, String key) {
        if (row.number(item) != expected) {
            throw row.layout().refuse(item, row.item(item) + " ≠ " + expected + " summed from the records below it (" + key + ")");
        }
    }
}
