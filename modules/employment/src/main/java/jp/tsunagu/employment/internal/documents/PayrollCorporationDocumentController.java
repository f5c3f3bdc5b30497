package jp.tsunagu.employment.internal.documents;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Locale;
import jp.tsunagu.employment.internal.documents.PayrollDocuments.Download;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The corporation's payroll print, across its offices ({@link PayrollDocuments#corporationPayslips}): every payslip of a
 * closed month at the offices the user may see, in one PDF; privilege {@code employment:payroll.read}. A tenant-wide
 * path: the module guard lets it through, and the offices where employment is off are left out.
 */
@RestController
@RequiresModule(value = "employment", acrossOffices = true)
@PersonalData
class PayrollCorporationDocumentController {
    private final PayrollDocuments documents;

    PayrollCorporationDocumentController(PayrollDocuments documents) {
        this.documents = documents;
    }

    /** Every office's payslips of the month in one print file: offices by number, their workers by kana, a page each. */
    @GetMapping("/api/v1/employment/payroll/{month}/payslips.pdf")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<byte[]> payslips(@PathVariable String month, Locale locale) {
        Download<byte[]> d = documents.corporationPayslips(month(month), locale);
        return Downloads.pdf(d.content(), d.filename());
    }

    /** {@code YYYY-MM}, or a 400 naming {@code month} (a path variable of the wrong type would be a 404). */
    private static YearMonth month(String month) {
        try {
            if (month.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(month);
            }
        } catch (DateTimeException notAMonth) {
            // falls through
        }
        throw new Problem.Invalid("month", "employment.payroll.monthFormat", month);
    }
}
