package jp.tsunagu.employment.internal.documents;

import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import jp.tsunagu.employment.internal.documents.PayrollDocuments.Download;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payroll documents as downloads ({@link PayrollDocuments}): a closed month's 給与明細書 (all users, or one), 給与一覧
 * (Excel, CSV), and a user's 賃金台帳 of a calendar year, in the language of the request; privilege
 * {@code employment:payroll.read}.
 */
@RestController
@RequiresModule("employment")
@PersonalData
@RequestMapping({"/api/v1/offices/{officeId}/employment", "/offices/{officeId}/employment"}) // the API, and the links of the pages (a UI session)
class PayrollDocumentController {
    private final PayrollDocuments documents;

    PayrollDocumentController(PayrollDocuments documents) {
        this.documents = documents;
    }

    /** Every user's payslip of the month in one print file, a page each. */
    @GetMapping("/payroll/{month}/payslips.pdf")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<byte[]> payslips(@PathVariable OfficeId officeId, @PathVariable YearMonth month, Locale locale) {
        return pdf(documents.payslips(officeId, month, Optional.empty(), locale));
    }

    @GetMapping("/payroll/{month}/payslips/{personId}.pdf")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<byte[]> payslip(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @PathVariable PersonId personId,
                                   Locale locale) {
        return pdf(documents.payslips(officeId, month, Optional.of(personId), locale));
    }

    @GetMapping("/payroll/{month}/workbook.xlsx")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<byte[]> workbook(@PathVariable OfficeId officeId, @PathVariable YearMonth month, Locale locale) {
        Download<byte[]> d = documents.workbook(officeId, month, locale);
        return Downloads.xlsx(d.content(), d.filename());
    }

    @GetMapping("/payroll/{month}/payroll.csv")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<String> csv(@PathVariable OfficeId officeId, @PathVariable YearMonth month, Locale locale) {
        Download<String> d = documents.csv(officeId, month, locale);
        return Downloads.csv(d.content(), d.filename());
    }

    /** The user's 賃金台帳 of a calendar year (2026: January to December 2026). */
    @GetMapping("/wage-ledger/{personId}/{year}.pdf")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<byte[]> wageLedger(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable int year, Locale locale) {
        if (year < 2000 || year > 2100) {
            throw new Problem.Invalid("year", "employment.wageLedger.year", year);
        }
        return pdf(documents.wageLedger(officeId, personId, Year.of(year), locale));
    }

    private static ResponseEntity<byte[]> pdf(Download<byte[]> d) {
        return Downloads.pdf(d.content(), d.filename());
    }
}
