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
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The payroll documents as the payroll page links them (a UI session, the same files as {@link PayrollDocumentController}
 * hands to API clients): a closed month's 給与明細書 (everyone's, or one user's), the 給与一覧 (Excel, CSV) and a user's
 * 賃金台帳 of a calendar year.
 */
@Controller
@RequiresModule("employment")
@PersonalData
@RequestMapping("/offices/{officeId}/employment/payroll")
class PayrollDocumentPages {
    private final PayrollDocuments documents;

    PayrollDocumentPages(PayrollDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/payslips.pdf")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<byte[]> payslips(@PathVariable OfficeId officeId, @RequestParam YearMonth month, @RequestParam Optional<PersonId> personId,
                                    Locale locale) {
        Download<byte[]> d = documents.payslips(officeId, month, personId, locale);
        return Downloads.pdf(d.content(), d.filename());
    }

    @GetMapping("/workbook.xlsx")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<byte[]> workbook(@PathVariable OfficeId officeId, @RequestParam YearMonth month, Locale locale) {
        Download<byte[]> d = documents.workbook(officeId, month, locale);
        return Downloads.xlsx(d.content(), d.filename());
    }

    @GetMapping("/payroll.csv")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<String> csv(@PathVariable OfficeId officeId, @RequestParam YearMonth month, Locale locale) {
        Download<String> d = documents.csv(officeId, month, locale);
        return Downloads.csv(d.content(), d.filename());
    }

    @GetMapping("/wage-ledger.pdf")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<byte[]> wageLedger(@PathVariable OfficeId officeId, @RequestParam PersonId personId, @RequestParam int year, Locale locale) {
        if (year < 2000 || year > 2100) {
            throw new Problem.Invalid("year", "employment.wageLedger.year", year);
        }
        Download<byte[]> d = documents.wageLedger(officeId, personId, Year.of(year), locale);
        return Downloads.pdf(d.content(), d.filename());
    }
}
