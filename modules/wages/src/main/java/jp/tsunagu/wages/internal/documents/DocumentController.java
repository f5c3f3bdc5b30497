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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The wages documents as downloads ({@link WagesDocuments}): a closed month's 工賃明細書, 工賃一覧 (Excel, CSV), a user's
 * 工賃台帳 ({@code @PersonalData}, privilege {@code wages:run.read}), and the 生産活動シート of a fiscal year (aggregates,
 * {@code wages:ledger.read}), in the language of the request. A fiscal year is named by its first year (2025 = 令和7年度).
 */
@RestController
@RequiresModule("wages")
@RequestMapping("/api/v1/offices/{officeId}/wages")
class DocumentController {
    private final WagesDocuments documents;

    DocumentController(WagesDocuments documents) {
        this.documents = documents;
    }

    /** Every user's payslip of the month in one print file, a page each. */
    @GetMapping("/runs/{month}/payslips.pdf")
    @PersonalData
    @PreAuthorize("hasAuthority('wages:run.read')")
    ResponseEntity<byte[]> payslips(@PathVariable OfficeId officeId, @PathVariable YearMonth month, Locale locale) {
        return pdf(documents.payslips(officeId, month, Optional.empty(), locale));
    }

    @GetMapping("/runs/{month}/payslips/{personId}.pdf")
    @PersonalData
    @PreAuthorize("hasAuthority('wages:run.read')")
    ResponseEntity<byte[]> payslip(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @PathVariable PersonId personId,
                                   Locale locale) {
        return pdf(documents.payslips(officeId, month, Optional.of(personId), locale));
    }

    @GetMapping("/runs/{month}/workbook.xlsx")
    @PersonalData
    @PreAuthorize("hasAuthority('wages:run.read')")
    ResponseEntity<byte[]> workbook(@PathVariable OfficeId officeId, @PathVariable YearMonth month, Locale locale) {
        Download<byte[]> d = documents.workbook(officeId, month, locale);
        return Downloads.xlsx(d.content(), d.filename());
    }

    @GetMapping("/runs/{month}/payments.csv")
    @PersonalData
    @PreAuthorize("hasAuthority('wages:run.read')")
    ResponseEntity<String> payments(@PathVariable OfficeId officeId, @PathVariable YearMonth month, Locale locale) {
        Download<String> d = documents.csv(officeId, month, locale);
        return Downloads.csv(d.content(), d.filename());
    }

    @GetMapping("/ledger-book/{personId}/{fiscalYear}.pdf")
    @PersonalData
    @PreAuthorize("hasAuthority('wages:run.read')")
    ResponseEntity<byte[]> ledgerBook(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable int fiscalYear,
                                      Locale locale) {
        return pdf(documents.ledgerBook(officeId, personId, AverageService.fiscalYear(fiscalYear), locale));
    }

    @GetMapping("/production-sheet/{fiscalYear}.xlsx")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    ResponseEntity<byte[]> productionSheetExcel(@PathVariable OfficeId officeId, @PathVariable int fiscalYear, Locale locale) {
        Download<byte[]> d = documents.productionSheetExcel(officeId, AverageService.fiscalYear(fiscalYear), locale);
        return Downloads.xlsx(d.content(), d.filename());
    }

    @GetMapping("/production-sheet/{fiscalYear}.pdf")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    ResponseEntity<byte[]> productionSheetPdf(@PathVariable OfficeId officeId, @PathVariable int fiscalYear, Locale locale) {
        return pdf(documents.productionSheetPdf(officeId, AverageService.fiscalYear(fiscalYear), locale));
    }

    private static ResponseEntity<byte[]> pdf(Download<byte[]> d) {
        return Downloads.pdf(d.content(), d.filename());
    }
}
