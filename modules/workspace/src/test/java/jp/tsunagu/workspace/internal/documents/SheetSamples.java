package jp.tsunagu.workspace.internal.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries.ServedPerson;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.workspace.internal.MonthlyServiceSheet;
import jp.tsunagu.workspace.internal.domain.AttendanceConfirmation;
import jp.tsunagu.workspace.internal.domain.AttendanceRounding;
import jp.tsunagu.workspace.internal.domain.DayDetails;
import jp.tsunagu.workspace.internal.domain.Offsite;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Monthly sheets built in memory (no database) for the documents' unit tests, and the message bundles as the application reads them. */
final class SheetSamples {
    static final UUID OFFICE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final OfficeSummary WORKS = new OfficeSummary(new OfficeId(OFFICE), "1310000005", "つなぐ作業所", null, null,
            Map.of(ServiceType.TYPE_B, 20));
    private static final Instant AT = Instant.parse("2026-08-01T00:00:00Z");
    private static final AttendanceRounding NONE = new AttendanceRounding("NONE", "NONE");

    private SheetSamples() {
    }

    /** The bundles the application reads ({@code spring.messages.basename}), in UTF-8. */
    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages/planning", "messages/workspace");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static ServedPerson person(String name, String kana, String certificate) {
        return new ServedPerson(new PersonId(UUID.nameUUIDFromBytes(name.getBytes())), name, kana, certificate, Set.of(ServiceType.TYPE_B));
    }

    /** A day present from {@code in} to {@code out} with its details. */
    static ServiceRecord present(PersonId person, LocalDate date, String in, String out, DayDetails details, boolean exceeds) {
        ServiceRecord r = ServiceRecord.checkIn(OFFICE, person.value(), date, ServiceType.TYPE_B, null, null, null, LocalTime.parse(in),
                NONE, null, exceeds, "staff", AT);
        if (out != null) {
            r.checkOut(LocalTime.parse(out), details, NONE, null, "staff", AT);
        }
        return r;
    }

    static ServiceRecord absent(PersonId person, LocalDate date, String contact, String response) {
        return ServiceRecord.absence(OFFICE, person.value(), date, ServiceType.TYPE_B, null, contact, response, "staff", AT);
    }

    /** The sheet of {@code month} with {@code records} on their days and every other day empty. */
    static MonthlyServiceSheet sheet(ServedPerson person, YearMonth month, List<ServiceRecord> records, Integer allowed,
                                     AttendanceConfirmation confirmation, boolean closed) {
        List<MonthlyServiceSheet.Day> days = new ArrayList<>();
        int present = 0;
        int minutes = 0;
        int to = 0;
        int from = 0;
        int meals = 0;
        int offsite = 0;
        int absences = 0;
        int responses = 0;
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            LocalDate day = d;
            ServiceRecord r = records.stream().filter(x -> x.serviceDate().equals(day)).findFirst().orElse(null);
            days.add(new MonthlyServiceSheet.Day(d, r));
            if (r == null) {
                continue;
            }
            if (r.present()) {
                present++;
                minutes += r.minutes() == null ? 0 : r.minutes();
                to += r.transportTo() ? 1 : 0;
                from += r.transportFrom() ? 1 : 0;
                meals += r.meal() ? 1 : 0;
                offsite += r.offsite() == null ? 0 : 1;
            } else {
                absences++;
                responses += r.absenceResponse() == null ? 0 : 1;
            }
        }
        Map<ServiceType, MonthlyServiceSheet.Usage> usage = new LinkedHashMap<>();
        usage.put(ServiceType.TYPE_B, new MonthlyServiceSheet.Usage(present, allowed));
        return new MonthlyServiceSheet(WORKS, person, month, days, usage,
                new MonthlyServiceSheet.Totals(present, minutes, to, from, meals, offsite, absences, responses), confirmation, closed);
    }

    static AttendanceConfirmation confirmation(ServedPerson person, YearMonth month, AttendanceConfirmation.Method method, LocalDate on) {
        return new AttendanceConfirmation(OFFICE, person.personId().value(), month, method,
                method == AttendanceConfirmation.Method.TABLET ? signature() : null, on, "staff", AT);
    }

    /** A small PNG as the tablet sends it. */
    static String signature() {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.fillRect(0, 0, 120, 40);
        g.setColor(java.awt.Color.BLACK);
        g.drawLine(5, 30, 110, 8);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Three sheets that together use every label: presence with every detail, off-site work and support, an absence with
     * and without a response, amount exceeded, a correction, no decision, each kind of confirmation, a closed month, and
     * text that needs quoting or the formula guard. */
    static List<MonthlyServiceSheet> everything() {
        YearMonth july = YearMonth.of(2026, 7);
        ServedPerson a = person("締切, \"一\"二", "=シメキリ", "1310550107");
        ServiceRecord corrected = present(a.personId(), july.atDay(2), "10:00", "12:00", new DayDetails(0, false, false, false, null, null), false);
        corrected.correct(LocalTime.of(9, 30), LocalTime.of(12, 0), new DayDetails(0, false, false, false, null, null), NONE, null, "staff", AT);
        List<ServiceRecord> ra = List.of(
                present(a.personId(), july.atDay(1), "09:58", "15:07", new DayDetails(45, true, true, true, null, null), false),
                corrected,
                absent(a.personId(), july.atDay(3), "本人より電話", "生活リズムについて相談" + "。次回の通所日を確認".repeat(20)),
                present(a.personId(), july.atDay(6), "09:00", "16:00", new DayDetails(60, false, true, false, Offsite.WORK, "+株式会社みらい"), true),
                present(a.personId(), july.atDay(7), "09:00", "16:00", new DayDetails(60, false, false, true, Offsite.SUPPORT, "@工場"), true),
                absent(a.personId(), july.atDay(8), "-母より", null),
                present(a.personId(), july.atDay(9), "09:00", null, null, false));
        ServedPerson b = person("山田 花子", "ヤマダ ハナコ", "1310550108");
        List<ServiceRecord> rb = List.of(present(b.personId(), july.atDay(1), "10:00", "15:00", new DayDetails(60, true, false, false, null, null), false));
        YearMonth reiwa1 = YearMonth.of(2019, 5);
        ServedPerson c = person("鈴木 一郎", "スズキ イチロウ", "1310550109");
        List<ServiceRecord> rc = List.of(present(c.personId(), reiwa1.atDay(7), "10:00", "15:00", new DayDetails(0, false, false, false, null, null), false));
        return List.of(
                sheet(a, july, ra, 3, confirmation(a, july, AttendanceConfirmation.Method.PAPER, LocalDate.of(2026, 8, 3)), true),
                sheet(b, july, rb, null, confirmation(b, july, AttendanceConfirmation.Method.TABLET, LocalDate.of(2026, 8, 4)), false),
                sheet(c, reiwa1, rc, 22, null, false));
    }
}
