package jp.tsunagu.claims.internal.auditpack;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.claims.internal.auditpack.AuditPackService.Category;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit pack (運営指導) of a period: each category with its count and the page path of its PDF, and what is missing,
 * each gap with its message and where to fix it. The documents themselves are fetched at the page paths (the browser's
 * session), as the page links them.
 */
@RestController
@RequiresModule("claims")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/claims/audit-pack")
class AuditPackController {
    private final AuditPackService packs;
    private final AuditPackDocuments documents;

    AuditPackController(AuditPackService packs, AuditPackDocuments documents) {
        this.packs = packs;
        this.documents = documents;
    }

    /** A category: its key, title, the rows it holds and the page path of its PDF. */
    record CategoryView(String key, String title, int count, String pdf) {
    }

    /** A gap: its message key, arguments and message, the person (null for the office), where to fix it. */
    record GapView(String messageKey, List<String> args, String message, UUID personId, String name, String link) {
    }

    /** The pack's summary. */
    record PackView(UUID officeId, LocalDate from, LocalDate to, List<CategoryView> categories, List<GapView> missing, String zip) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('claims:audit.read')")
    PackView pack(@PathVariable OfficeId officeId, @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                  Locale locale) {
        AuditPackService.Pack pack = packs.gather(officeId, from, to);
        return view(pack, documents, locale);
    }

    static PackView view(AuditPackService.Pack pack, AuditPackDocuments documents, Locale locale) {
        documents.overviewRead(pack);
        String base = "/offices/" + pack.office().id() + "/claims/audit-pack";
        String range = "?from=" + pack.from() + "&to=" + pack.to();
        List<CategoryView> categories = pack.sections().stream().map(s -> new CategoryView(s.category().key(),
                documents.print(s, locale).title(), s.rows().size(), base + "/" + s.category().key() + ".pdf" + range)).toList();
        List<GapView> missing = pack.missing().stream().map(g -> new GapView(g.messageKey(), g.args(),
                documents.text(new AuditPackService.Cell(null, g.messageKey(), g.args()), locale), g.personId() == null ? null : g.personId().value(),
                g.name(), g.link())).toList();
        return new PackView(pack.office().id().value(), pack.from(), pack.to(), categories, missing, base + "/audit-pack.zip" + range);
    }

    static Category category(String key) {
        return Category.of(key);
    }
}
