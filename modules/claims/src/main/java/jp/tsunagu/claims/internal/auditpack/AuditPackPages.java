package jp.tsunagu.claims.internal.auditpack;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 運営指導の書類: the audit pack of a period (the last twelve full months unless asked), the list of what is missing with
 * where to fix each, and the downloads: one PDF per category and a ZIP of all, at page paths (the browser's session).
 */
@Controller
@RequiresModule("claims")
@PersonalData
@RequestMapping("/offices/{officeId}/claims/audit-pack")
class AuditPackPages implements PageController {
    private final AuditPackService packs;
    private final AuditPackDocuments documents;
    private final Offices offices;
    private final MessageSource messages;
    private final Clock clock;

    AuditPackPages(AuditPackService packs, AuditPackDocuments documents, Offices offices, MessageSource messages, Clock clock) {
        this.packs = packs;
        this.documents = documents;
        this.offices = offices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('claims:audit.read')")
    String pack(@PathVariable OfficeId officeId, @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                Model model, Locale locale) {
        OfficeSummary office = offices.require(officeId);
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        LocalDate shownFrom = from != null ? from : last.minusMonths(11).atDay(1);
        LocalDate shownTo = to != null ? to : last.atEndOfMonth();
        model.addAttribute("office", office);
        model.addAttribute("from", shownFrom);
        model.addAttribute("to", shownTo);
        try {
            model.addAttribute("pack", AuditPackController.view(packs.gather(office.id(), shownFrom, shownTo), documents, locale));
        } catch (Problem.Invalid refused) {
            model.addAttribute("error", messages.getMessage(refused.code(), refused.args(), locale));
        }
        return "claims/audit-pack";
    }

    @GetMapping("/{category}.pdf")
    @PreAuthorize("hasAuthority('claims:audit.read')")
    ResponseEntity<byte[]> pdf(@PathVariable OfficeId officeId, @PathVariable String category, @RequestParam(required = false) LocalDate from,
                               @RequestParam(required = false) LocalDate to, Locale locale) {
        AuditPackService.Category c = AuditPackController.category(category);
        byte[] body = documents.pdf(offices.require(officeId).id(), c, from, to, origin(), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename(AuditPackDocuments.fileName(c.ordinal() + 1, c, from, to)).build().toString()).body(body);
    }

    @GetMapping("/audit-pack.zip")
    @PreAuthorize("hasAuthority('claims:audit.read')")
    ResponseEntity<byte[]> zip(@PathVariable OfficeId officeId, @RequestParam(required = false) LocalDate from,
                               @RequestParam(required = false) LocalDate to, Locale locale) {
        byte[] body = documents.zip(offices.require(officeId).id(), from, to, origin(), locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip")).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("audit-pack-" + from + "_" + to + ".zip").build().toString()).body(body);
    }

    /** The application's address as the browser reached it, for the PDFs' links. */
    private static String origin() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
