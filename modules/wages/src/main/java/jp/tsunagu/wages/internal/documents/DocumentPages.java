package jp.tsunagu.wages.internal.documents;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.wages.internal.average.AverageService;
import jp.tsunagu.wages.internal.documents.WagesDocuments.Download;
import jp.tsunagu.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The documents as the pages link them (a session, not a token): the same {@link WagesDocuments} as the API, so a page
 * and the API hand out the same bytes.
 */
@Controller
@RequiresModule("wages")
@RequestMapping("/offices/{officeId}/wages/documents")
class DocumentPages {
    private final WagesDocuments documents;

    DocumentPages(WagesDocuments documents) {
        this.documents = documents;
    }

    /** The month's payslips in one print file, or one user's ({@code personId}). */
    @GetMapping("/payslips.pdf")
    @PersonalData
    @PreAuthorize("hasAuthority('wages:run.read')")
    ResponseEntity<byte[]> payslips(@PathVariable OfficeId officeId, @RequestParam YearMonth month, @RequestParam Optional<PersonId> personId,
                                    Locale locale) {
        Download<byte[]> d = documents.payslips(officeId, month, personId, locale);
        return Downloads.pdf(d.content(), d.filename());
    }

    @GetMapping("/workbook.xlsx")
    @PersonalData
    @PreAuthorize("hasAuthority('wages:run.read')")
    ResponseEntity<byte[]> workbook(@PathVariable OfficeId officeId, @RequestParam YearMonth month, Locale locale) {
        Download<byte[]> d = documents.workbook(officeId, month, locale);
        return Downloads.xlsx(d.content(), d.filename());
    }

    @GetMapping("/payments.csv")
    @PersonalData
    @PreAuthorize("hasAuthority('wages:run.read')")
    ResponseEntity<String> payments(@PathVariable OfficeId officeId, @RequestParam YearMonth month, Locale locale) {
        Download<String> d = documents.csv(officeId, month, locale);
        return Downloads.csv(d.content(), d.filename());
    }

    @GetMapping("/ledger-book.pdf")
    @PersonalData
    @PreAuthorize("hasAuthority('wages:run.read')")
    ResponseEntity<byte[]> ledgerBook(@PathVariable OfficeId officeId, @RequestParam PersonId personId, @RequestParam int year, Locale locale) {
        Download<byte[]> d = documents.ledgerBook(officeId, personId, AverageService.fiscalYear(year), locale);
        return Downloads.pdf(d.content(), d.filename());
    }

    @GetMapping("/production-sheet.xlsx")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    ResponseEntity<byte[]> productionSheetExcel(@PathVariable OfficeId officeId, @RequestParam int year, Locale locale) {
        Download<byte[]> d = documents.productionSheetExcel(officeId, AverageService.fiscalYear(year), locale);
        return Downloads.xlsx(d.content(), d.filename());
    }

    @GetMapping("/production-sheet.pdf")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    ResponseEntity<byte[]> productionSheetPdf(@PathVariable OfficeId officeId, @RequestParam int year, Locale locale) {
        Download<byte[]> d = documents.productionSheetPdf(officeId, AverageService.fiscalYear(year), locale);
        return Downloads.pdf(d.content(), d.filename());
    }
}
