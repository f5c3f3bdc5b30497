package jp.tsunagu.workspace.internal.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.web.PdfDocuments;
import jp.tsunagu.workspace.internal.MonthlyServiceSheet;
import jp.tsunagu.workspace.internal.domain.Offsite;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The monthly record sheets (実績記録票) as one A4 PDF, a page per person, drawn straight onto the pages: the heading,
 * the person and the office, every day of the month with its times, transport, meal, off-site work and notes, the
 * totals, and the confirmation (the drawn signature, the paper note, or lines to sign on). Drawn rather than laid
 * out from HTML because an office prints forty or more at once: layout cost about 75 ms a page, drawing a few.
 * The labels come from the message bundles, in Japanese (see {@link SheetLabels}).
 */
@Component
public class MonthlySheetPdf {
    private static final float MARGIN = 28f; // 10 mm
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float ROW = 15.5f;
    /** The day table's columns: the key of each heading, and its width in points (the last takes the rest). */
    private static final String[] HEADS = {"date", "weekday", "status", "start", "end", "minutes", "transportTo", "transportFrom",
            "meal", "offsite", "notes"};
    private static final float[] WIDTHS = {26, 24, 52, 38, 38, 44, 30, 30, 26, 34, 0};
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cntrl}+");
    private static final String[] TOTALS = {"days", "minutes", "transportTo", "transportFrom", "meals", "offsite", "absences",
            "absencesWithResponse"};

    private final PdfDocuments pdf;
    private final SheetLabels labels;

    MonthlySheetPdf(PdfDocuments pdf, MessageSource messages) {
        this.pdf = pdf;
        this.labels = new SheetLabels(messages);
    }

    /** The sheets as one PDF, a page each in their order. */
    public byte[] render(List<MonthlyServiceSheet> sheets) {
        return pdf.draw((document, font) -> {
            Pages pages = new Pages(document, font);
            for (int i = 0; i < sheets.size(); i++) {
                pages.page(sheets.get(i), i + 1, sheets.size());
            }
        });
    }

    /** One drawing: the document, its font, the page being drawn, and the labels and string widths it keeps using. */
    private final class Pages {
        private final PDDocument document;
        private final PDFont font;
        private final String[] heads = new String[HEADS.length];
        private final String[] totals = new String[TOTALS.length];
        private final String absent = labels.get("workspace.sheet.pdf.absent");
        private final String exceeded = labels.get("workspace.sheet.pdf.exceeded");
        private final String corrected = labels.get("workspace.sheet.pdf.corrected");
        private final Map<Offsite, String> offsite = new EnumMap<>(Offsite.class);
        private PDPageContentStream out;

        Pages(PDDocument document, PDFont font) {
            this.document = document;
            this.font = font;
            for (int i = 0; i < HEADS.length; i++) {
                heads[i] = labels.get("workspace.sheet.pdf.head." + HEADS[i]);
            }
            for (int i = 0; i < TOTALS.length; i++) {
                totals[i] = labels.get("workspace.sheet.pdf.total." + TOTALS[i]);
            }
            for (Offsite o : Offsite.values()) {
                offsite.put(o, labels.get("workspace.sheet.pdf.offsite." + o.name()));
            }
        }

        private void page(MonthlyServiceSheet s, int number, int of) throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                out = stream;
                out.setLineWidth(0.5f);
                float y = HEIGHT - MARGIN - 14;
                centered(labels.get("workspace.sheet.pdf.title"), WIDTH / 2, y, 14);
                y -= 12;
                float w = WIDTH - 2 * MARGIN;
                float[] meta = {60, w / 2 - 60, 60, w / 2 - 60};
                y = row(y, meta, 16, new String[] {labels.get("workspace.sheet.pdf.month"), JapaneseDates.era(s.month()) + " (" + s.month() + ")",
                        labels.get("workspace.sheet.pdf.office"), s.office().name() + " (" + s.office().officeNumber() + ")"},
                        new boolean[] {true, false, true, false}, null);
                y = row(y, meta, 16, new String[] {labels.get("workspace.sheet.pdf.person"), s.person().name() + " (" + s.person().kana() + ")",
                        labels.get("workspace.sheet.pdf.certificate"), s.person().certificateNumber()}, new boolean[] {true, false, true, false}, null);
                y = row(y, new float[] {60, w - 60}, 16, new String[] {labels.get("workspace.sheet.pdf.amount"), usage(s)},
                        new boolean[] {true, false}, null);
                y -= 6;
                float[] widths = WIDTHS.clone();
                float used = 0;
                for (float f : widths) {
                    used += f;
                }
                widths[widths.length - 1] = w - used;
                boolean[] shaded = new boolean[HEADS.length];
                java.util.Arrays.fill(shaded, true);
                y = row(y, widths, ROW + 2, heads, shaded, null);
                for (MonthlyServiceSheet.Day day : s.days()) {
                    y = row(y, widths, ROW, cells(day), new boolean[HEADS.length], weekend(day.date()) ? 0.93f : null);
                }
                y -= 6;
                MonthlyServiceSheet.Totals t = s.totals();
                float[] tw = new float[8];
                java.util.Arrays.fill(tw, w / 8);
                boolean[] all = new boolean[8];
                java.util.Arrays.fill(all, true);
                y = row(y, tw, 16, totals, all, null);
                y = row(y, tw, 16, new String[] {labels.get("workspace.sheet.pdf.days", "" + t.daysPresent()),
                        labels.get("workspace.sheet.pdf.total.hours", "" + t.minutes() / 60, "" + t.minutes() % 60), "" + t.transportTo(),
                        "" + t.transportFrom(), "" + t.meals(), "" + t.offsiteDays(), "" + t.absences(), "" + t.absencesWithResponse()},
                        new boolean[8], null);
                y -= 8;
                confirmation(s, y, w);
                centered(labels.get("workspace.sheet.pdf.footer", "" + number, "" + of), WIDTH / 2, MARGIN - 12, 7);
            }
        }

        /** Each service type's days used against the decided amount, marked when exceeded. */
        private String usage(MonthlyServiceSheet s) {
            List<String> usage = new ArrayList<>();
            for (Map.Entry<ServiceType, MonthlyServiceSheet.Usage> u : s.usage().entrySet()) {
                MonthlyServiceSheet.Usage used = u.getValue();
                String allowed = used.daysAllowed() == null ? labels.get("workspace.sheet.pdf.usage.noDecision")
                        : labels.get("workspace.sheet.pdf.days", "" + used.daysAllowed());
                usage.add(labels.get(used.exceeded() ? "workspace.sheet.pdf.usage.exceeded" : "workspace.sheet.pdf.usage",
                        labels.serviceType(u.getKey()), "" + used.daysUsed(), allowed));
            }
            return String.join(labels.get("workspace.sheet.pdf.usage.separator"), usage);
        }

        private void confirmation(MonthlyServiceSheet s, float top, float w) throws IOException {
            float h = 58;
            out.addRect(MARGIN, top - h, w, h);
            out.stroke();
            text(labels.get(s.closed() ? "workspace.sheet.pdf.statement.closed" : "workspace.sheet.pdf.statement"), MARGIN + 6, top - 14, 8.5f);
            if (s.confirmation() == null) {
                text(labels.get("workspace.sheet.pdf.confirmedOn"), MARGIN + 6, top - 40, 8.5f);
                line(MARGIN + 40, top - 42, MARGIN + 200);
                text(labels.get("workspace.sheet.pdf.signature"), MARGIN + 220, top - 40, 8.5f);
                line(MARGIN + 270, top - 42, MARGIN + 470);
                return;
            }
            text(labels.get("workspace.sheet.pdf.confirmed." + s.confirmation().method().name(), JapaneseDates.era(s.confirmation().confirmedOn())),
                    MARGIN + 6, top - 30, 8.5f);
            String signature = s.confirmation().signature();
            if (signature != null) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(signature.substring(signature.indexOf(',') + 1))));
                if (image != null) {
                    PDImageXObject x = LosslessFactory.createFromImage(document, image);
                    float ih = 40;
                    float iw = Math.min(200, ih * image.getWidth() / image.getHeight());
                    out.drawImage(x, MARGIN + 260, top - h + 6, iw, ih);
                }
            }
        }

        private String[] cells(MonthlyServiceSheet.Day day) {
            LocalDate d = day.date();
            ServiceRecord r = day.record();
            String weekday = SheetLabels.weekday(d);
            if (r == null) {
                return new String[] {"" + d.getDayOfMonth(), weekday, "", "", "", "", "", "", "", "", ""};
            }
            List<String> notes = new ArrayList<>();
            if (r.exceedsAmount()) {
                notes.add(exceeded);
            }
            if (r.corrected()) {
                notes.add(corrected);
            }
            if (!r.present()) {
                notes.add(r.absenceContact() + (r.absenceResponse() == null ? "" : " / " + r.absenceResponse()));
            }
            if (r.offsitePlace() != null) {
                notes.add(r.offsitePlace());
            }
            Integer m = r.minutes();
            return new String[] {"" + d.getDayOfMonth(), weekday, r.present() ? "" : absent, t(r.checkIn()), t(r.checkOut()),
                    m == null ? "" : m / 60 + ":" + (m % 60 < 10 ? "0" : "") + m % 60, r.transportTo() ? "1" : "", r.transportFrom() ? "1" : "",
                    r.meal() ? "1" : "", r.offsite() == null ? "" : offsite.get(r.offsite()), String.join(" ", notes)};
        }

        private static boolean weekend(LocalDate d) {
            return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        }

        private static String t(Object time) {
            return time == null ? "" : time.toString();
        }

        /** One row of cells below {@code top}; headings bold-less but shaded; returns the row's bottom. */
        private float row(float top, float[] widths, float h, String[] cells, boolean[] heading, Float shade) throws IOException {
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                Float gray = heading[i] ? Float.valueOf(0.9f) : shade;
                if (gray != null) {
                    out.setNonStrokingColor(gray);
                    out.addRect(x, top - h, widths[i], h);
                    out.fill();
                    out.setNonStrokingColor(0f);
                }
                out.addRect(x, top - h, widths[i], h);
                out.stroke();
                String text = cells[i] == null ? "" : oneLine(cells[i]);
                float size = i == widths.length - 1 && widths.length == HEADS.length && !heading[i] ? 6.5f : 8f;
                text = fit(text, widths[i] - 4, size);
                float tw = width(text, size);
                boolean left = !heading[i] && (widths[i] > 120 || (widths.length == HEADS.length && i == widths.length - 1));
                float tx = left ? x + 2 : x + (widths[i] - tw) / 2;
                text(text, tx, top - h / 2 - size * 0.35f, size);
                x += widths[i];
            }
            return top - h;
        }

        /** The text on one line: a line break or tab typed into a note becomes a space (the font has no glyph for them). */
        private static String oneLine(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isISOControl(text.charAt(i))) {
                    return CONTROLS.matcher(text).replaceAll(" ");
                }
            }
            return text;
        }

        /** The text cut to the width, with an ellipsis when it was longer (one pass over its characters). */
        private String fit(String text, float max, float size) throws IOException {
            if (width(text, size) <= max) {
                return text;
            }
            float room = max - width("…", size);
            float used = 0;
            int end = 0;
            while (end < text.length()) {
                int next = text.offsetByCodePoints(end, 1);
                float w = width(text.substring(end, next), size);
                if (used + w > room) {
                    break;
                }
                used += w;
                end = next;
            }
            return text.substring(0, end) + "…";
        }

        /** Widths of strings at size 1000, cached: a sheet repeats the same few (days, weekdays, times, headings). */
        private final Map<String, Float> widths = new HashMap<>();

        private float width(String text, float size) throws IOException {
            Float w = widths.get(text);
            if (w == null) {
                w = font.getStringWidth(text);
                widths.put(text, w);
            }
            return w / 1000 * size;
        }

        private void text(String text, float x, float y, float size) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(text);
            out.endText();
        }

        private void centered(String text, float center, float y, float size) throws IOException {
            text(text, center - width(text, size) / 2, y, size);
        }

        private void line(float x1, float y, float x2) throws IOException {
            out.moveTo(x1, y);
            out.lineTo(x2, y);
            out.stroke();
        }
    }
}
