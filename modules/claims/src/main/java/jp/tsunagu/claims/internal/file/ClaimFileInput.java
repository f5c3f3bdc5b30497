package jp.tsunagu.claims.internal.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What one office's claim file for one service month takes (claim-file.md §2-§3): the office, the service month, the
 * processing month (the month it is sent, a separate input for late claims), the file's distinguishing character, and per
 * person the statement's figures as the month's claim calculation produced them. Nothing is computed here; {@link ClaimFile}
 * writes these and refuses what does not reconcile.
 */
public record ClaimFileInput(Office office, YearMonth serviceMonth, YearMonth processingMonth, char fileSequence, List<Person> persons) {

    public ClaimFileInput {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(serviceMonth, "serviceMonth");
        Objects.requireNonNull(processingMonth, "processingMonth");
        persons = List.copyOf(persons);
    }

    /**
     * The sender. {@code number}: the 10-character 事業所番号; {@code regionalCode}: the regional class's claim code
     * (regional-unit-price.yaml {@code claimCode}, e.g. "16" for 6級地; J121-01 #10); {@code unitPrice}: yen per unit of that
     * class for 就労継続支援 (10.34; J121-04 #11). No prefecture code: the control record's 都道府県番号 is 0 when the sender is
     * an office (§2 #8), and no other record carries one.
     */
    public record Office(String number, String regionalCode, BigDecimal unitPrice) {
        public Office {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(regionalCode, "regionalCode");
            Objects.requireNonNull(unitPrice, "unitPrice");
        }
    }

    /**
     * One person's statement (J121) and service record sheet (J611). {@code certificate}: 受給者証番号 (10);
     * {@code municipality}: 市町村番号 (6, with the check digit); {@code nameKana}: 支給決定者氏名カナ, optional (null), written
     * in half-width; {@code monthlyCap}: 利用者負担上限月額① in yen; {@code upperLimit}: null unless the person is under
     * 上限額管理; {@code offSiteDaysThisFiscalYear}: 施設外支援 days from April to this month inclusive (J611-01 #54), 0 when none;
     * {@code initial}: null unless 初期加算 is claimed in the month (J611-01 #70-72).
     */
    public record Person(String certificate, String municipality, String nameKana, long monthlyCap, UpperLimit upperLimit,
            Contract contract, Days days, List<ServiceLine> lines, Totals totals, List<Day> record, int offSiteDaysThisFiscalYear,
            Initial initial) {
        public Person(String certificate, String municipality, String nameKana, long monthlyCap, UpperLimit upperLimit, Contract contract,
                      Days days, List<ServiceLine> lines, Totals totals, List<Day> record, int offSiteDaysThisFiscalYear) {
            this(certificate, municipality, nameKana, monthlyCap, upperLimit, contract, days, lines, totals, record, offSiteDaysThisFiscalYear, null);
        }

        public Person {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(days, "days");
            Objects.requireNonNull(totals, "totals");
            lines = List.copyOf(lines);
            record = List.copyOf(record);
        }
    }

    /** 初期加算 (J611-01 #70-72): the first day of use, the last day of the period (the 30th), the days claimed this month. */
    public record Initial(java.time.LocalDate start, java.time.LocalDate lastDay, int days) {
        public Initial {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(lastDay, "lastDay");
        }
    }

    /**
     * 上限額管理 (J121-01 #15-17, #26): the managing office's number, the 管理結果 (1, 2 or 3) and this office's 管理結果額 from
     * the 上限額管理結果票 (what this office may charge the person).
     */
    public record UpperLimit(String managingOffice, int result, long resultAmount) {
        public UpperLimit {
            Objects.requireNonNull(managingOffice, "managingOffice");
        }
    }

    /**
     * The contract line of the certificate's 事業者記入欄 (J121-05): the decided service code (461000 for B型, LIKELY), the
     * contracted days a month (契約支給量, written ×100; how 原則の日数 is written is NOT FOUND, claim-file.md's example writes
     * that month's figure, e.g. 22 for June = 30 − 8), the contract dates (end null while it runs) and the 事業者記入欄番号.
     */
    public record Contract(String decidedServiceCode, int days, LocalDate start, LocalDate end, int lineNumber) {
        public Contract {
            Objects.requireNonNull(decidedServiceCode, "decidedServiceCode");
            Objects.requireNonNull(start, "start");
        }
    }

    /**
     * The day counts: {@code firstService} J121-02 #8 (the first day ever served for 46), {@code ended} #9 (null unless the use
     * ended this month), {@code used} J121-02 #10 利用日数 (欠席時対応-only days not counted), {@code serviceUse} J121-04 #9
     * サービス利用日数 (欠席時対応 days counted).
     */
    public record Days(LocalDate firstService, LocalDate ended, int used, int serviceUse) {
        public Days {
            Objects.requireNonNull(firstService, "firstService");
        }
    }

    /**
     * A J121-03 line: the service code, units each time, the count, the line's units, the rate per mille for a percentage
     * addition (処遇改善加算; null otherwise) and an optional 摘要 (漢字).
     */
    public record ServiceLine(String code, int unitsEach, int count, long units, Integer perMille, String note) {
        public ServiceLine {
            Objects.requireNonNull(code, "code");
        }

        /** A fixed-unit line: base per day, additions per day, per trip, per response. */
        public static ServiceLine of(String code, int unitsEach, int count) {
            return new ServiceLine(code, unitsEach, count, (long) unitsEach * count, null, null);
        }

        /** A percentage line (処遇改善加算): units = the rounded addition, count 1 (service-codes.md §5.2, CONFIRMED-2). */
        public static ServiceLine percentage(String code, int perMille, long units) {
            return new ServiceLine(code, Math.toIntExact(units), 1, units, perMille, null);
        }

        public ServiceLine withNote(String text) {
            return new ServiceLine(code, unitsEach, count, units, perMille, text);
        }
    }

    /**
     * The service type's totals (J121-04), as the claim calculation produced them: units, 総費用額, １割相当額, the user's
     * charge (決定利用者負担額) and the benefit claimed (給付費).
     */
    public record Totals(long units, long cost, long share, long charge, long benefit) {
    }

    /**
     * A day of the service record sheet (J611-02): the date, start and end (null on an absence), one-way trips to and from,
     * a meal under 食事提供体制加算, 施設外支援, a 欠席時対応 (状況 8, LIKELY) and an optional 備考 (漢字).
     */
    public record Day(LocalDate date, LocalTime start, LocalTime end, int transportTo, int transportFrom, boolean meal, boolean offSite,
            boolean absenceResponse, String remark) {
        public Day {
            Objects.requireNonNull(date, "date");
        }

        public static Day attended(LocalDate date, LocalTime start, LocalTime end) {
            return new Day(date, start, end, 0, 0, false, false, false, null);
        }

        public static Day absence(LocalDate date) {
            return new Day(date, null, null, 0, 0, false, false, true, null);
        }

        public Day withTransport(int to, int from) {
            return new Day(date, start, end, to, from, meal, offSite, absenceResponse, remark);
        }

        public Day withMeal() {
            return new Day(date, start, end, transportTo, transportFrom, true, offSite, absenceResponse, remark);
        }

        public Day withOffSite() {
            return new Day(date, start, end, transportTo, transportFrom, meal, true, absenceResponse, remark);
        }

        public Day withRemark(String text) {
            return new Day(date, start, end, transportTo, transportFrom, meal, offSite, absenceResponse, text);
        }
    }
}
