package jp.tsunagu.employment.internal.documents;

import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A contract's 労働条件通知書 as a download ({@link EmploymentDocuments}), in the language of the request; the export is
 * audited about the worker.
 */
@RestController
@RequiresModule("employment")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/employment/contracts")
class NoticeController {
    private final EmploymentDocuments documents;

    NoticeController(EmploymentDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/{contractId}/notice.pdf")
    @PreAuthorize("hasAuthority('employment:contract.read')")
    ResponseEntity<byte[]> notice(@PathVariable OfficeId officeId, @PathVariable UUID contractId, Locale locale) {
        EmploymentDocuments.Download d = documents.notice(officeId, contractId, locale);
        return Downloads.pdf(d.content(), d.filename());
    }
}
