package jp.tsunagu.claims.internal.auditpack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.claims.internal.auditpack.AuditPackService.Category;
import jp.tsunagu.claims.internal.auditpack.AuditPackService.Cell;
import jp.tsunagu.claims.internal.auditpack.AuditPackService.Pack;
import jp.tsunagu.claims.internal.auditpack.AuditPackService.Section;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.tenancy.Tenants;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The audit pack's documents: one A4 PDF per category ({@code templates/claims/audit-pack-pdf.html}, the shipped font),
 * the first the list of what is missing (不足一覧), and all of them as one ZIP. Each row names its record and prints the
 * page path of it, which is also the PDF's link (to {@code origin} + path). Every download is audited as an export about
 * each person it names.
 */
@Service
public class AuditPackDocuments {
    private final AuditPackService packs;
    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Tenants tenants;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    AuditPackDocuments(AuditPackService packs, TemplateEngine templates, PdfDocuments pdf, MessageSource messages, AuditTrail audit,
                       Tenants tenants, Clock clock, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.packs = packs;
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
        this.audit = audit;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** A row as printed: the person (or —), the cells in words, the page path. */
    public record PrintedRow(String name, String kana, List<String> cells, String link) {
    }

    /** A category as printed: its key, title, heads and rows. */
    public record Printed(String key, String title, List<String> heads, List<PrintedRow> rows) {
    }

    /** The words of a section in {@code locale}. */
    public Printed print(Section section, Locale locale) {
        List<String> heads = section.heads().stream().map(h -> messages.getMessage(h, null, locale)).toList();
        List<PrintedRow> rows = section.rows().stream().map(r -> new PrintedRow(r.name() == null ? "—" : r.name(), r.kana(),
                r.cells().stream().map(c -> text(c, locale)).toList(), r.link())).toList();
        return new Printed(section.category().key(), messages.getMessage("claims.audit.category." + section.category().key(), null, locale),
                heads, rows);
    }

    /** A cell's words: its text, or its message with the arguments (an argument that is a message key in its words). */
    public String text(Cell cell, Locale locale) {
        if (cell.key() == null) {
            return cell.text();
        }
        Object[] args = cell.args().stream().map(a -> messages.getMessage(a, null, a, locale)).toArray();
        return messages.getMessage(cell.key(), args, locale);
    }

    /** One category's PDF. */
    public byte[] pdf(OfficeId office, Category category, LocalDate from, LocalDate to, String origin, Locale locale) {
        Pack pack = packs.gather(office, from, to);
        audited(pack, List.of(category), "pdf");
        return render(pack, category, corporation(), origin, locale);
    }

    /** Every category's PDF in one ZIP, the list of what is missing first. */
    public byte[] zip(OfficeId office, LocalDate from, LocalDate to, String origin, Locale locale) {
        Pack pack = packs.gather(office, from, to);
        audited(pack, List.of(Category.values()), "zip");
        String corporation = corporation();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            int i = 0;
            for (Category category : Category.values()) {
                zip.putNextEntry(new ZipEntry(fileName(++i, category, from, to)));
                zip.write(render(pack, category, corporation, origin, locale));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The name of a category's file in the ZIP: {@code 01-missing-2026-04-01_2026-06-30.pdf}. */
    static String fileName(int number, Category category, LocalDate from, LocalDate to) {
        return "%02d-%s-%s_%s.pdf".formatted(number, category.key(), from, to);
    }

    /** The overview read (its list of what is missing names persons): audited as a read about each person named. */
    public void overviewRead(Pack pack) {
        String id = pack.from() + "/" + pack.to();
        List<AuditEvent> events = new ArrayList<>(pack.missing().stream().map(AuditPackService.Gap::personId).filter(Objects::nonNull).distinct()
                .map(p -> AuditEvent.of(AuditEvent.Action.READ, "audit_pack", id).inOffice(pack.office().id()).about(p.value())
                        .withDetails("overview")).toList());
        if (events.isEmpty()) {
            events.add(AuditEvent.of(AuditEvent.Action.READ, "audit_pack", id).inOffice(pack.office().id()).withDetails("overview"));
        }
        tx.executeWithoutResult(status -> audit.recordAll(events));
    }

    private void audited(Pack pack, List<Category> categories, String what) {
        List<AuditEvent> events = new ArrayList<>();
        String id = pack.from() + "/" + pack.to();
        for (Category category : categories) {
            pack.section(category).rows().stream().map(AuditPackService.Row::personId).filter(Objects::nonNull).distinct()
                    .forEach(p -> events.add(AuditEvent.of(AuditEvent.Action.EXPORT, "audit_pack", id).inOffice(pack.office().id()).about(p.value())
                            .withDetails(category.key() + " " + what)));
        }
        if (events.isEmpty()) {
            events.add(AuditEvent.of(AuditEvent.Action.EXPORT, "audit_pack", id).inOffice(pack.office().id())
                    .withDetails(categories.stream().map(Category::key).toList() + " " + what));
        }
        tx.executeWithoutResult(status -> audit.recordAll(events));
    }

    private String corporation() {
        return tx.execute(status -> tenants.currentName());
    }

    private byte[] render(Pack pack, Category category, String corporation, String origin, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("office", pack.office());
        context.setVariable("corporation", corporation);
        context.setVariable("from", pack.from());
        context.setVariable("to", pack.to());
        context.setVariable("issuedOn", LocalDate.now(clock));
        context.setVariable("origin", origin == null ? "" : origin);
        context.setVariable("doc", print(pack.section(category), locale));
        return pdf.render(templates.process("claims/audit-pack-pdf", context));
    }
}
