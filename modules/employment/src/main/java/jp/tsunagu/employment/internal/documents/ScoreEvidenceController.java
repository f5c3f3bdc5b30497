package jp.tsunagu.employment.internal.documents;

import java.util.Locale;
import jp.tsunagu.employment.internal.documents.PayrollDocuments.Download;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The A型 score's evidence pack as a download ({@link ScoreEvidencePack}), in the language of the request; the privilege
 * of the score itself ({@code employment:payroll.read}: it shows every employed user's pay). The fiscal year and the
 * staffing type are checked here, so that a malformed one is a 400 naming it (not the 404 of a path that does not parse).
 */
@RestController
@RequiresModule("employment")
@PersonalData
@RequestMapping({"/api/v1/offices/{officeId}/employment", "/offices/{officeId}/employment"}) // the API, and the links of the pages (a UI session)
class ScoreEvidenceController {
    private final ScoreEvidencePack pack;

    ScoreEvidenceController(ScoreEvidencePack pack) {
        this.pack = pack;
    }

    /** The evidence of the score reported for {@code fiscalYear} (2026: 令和8年度, from the records of 令和7年度). */
    @GetMapping("/score/{fiscalYear}/evidence.pdf")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<byte[]> evidence(@PathVariable OfficeId officeId, @PathVariable String fiscalYear,
                                    @RequestParam(defaultValue = "I") String staffing, Locale locale) {
        if (!fiscalYear.matches("\\d{4}") || Integer.parseInt(fiscalYear) < 2000 || Integer.parseInt(fiscalYear) > 2100) {
            throw new Problem.Invalid("fiscalYear", "employment.scoreEvidence.badYear");
        }
        if (!staffing.equals("I") && !staffing.equals("II")) {
            throw new Problem.Invalid("staffing", "employment.scoreEvidence.badStaffing");
        }
        Download<byte[]> d = pack.pack(officeId, FiscalYear.startingIn(Integer.parseInt(fiscalYear)), staffing, locale);
        return Downloads.pdf(d.content(), d.filename());
    }
}
