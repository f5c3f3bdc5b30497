package jp.tsunagu.employment.internal.documents;

import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The 労働条件通知書 as the contracts page links it (a session, not a token): the same {@link EmploymentDocuments} as the
 * API, so a page and the API hand out the same bytes.
 */
@Controller
@RequiresModule("employment")
@PersonalData
@RequestMapping("/offices/{officeId}/employment/contracts")
class NoticePages {
    private final EmploymentDocuments documents;

    NoticePages(EmploymentDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/{contractId}/notice.pdf")
    @PreAuthorize("hasAuthority('employment:contract.read')")
    ResponseEntity<byte[]> notice(@PathVariable OfficeId officeId, @PathVariable UUID contractId, Locale locale) {
        EmploymentDocuments.Download d = documents.notice(officeId, contractId, locale);
        return Downloads.pdf(d.content(), d.filename());
    }
}
