package jp.tsunagu.claims.internal.correction;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.modules.RequiresModule;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipalities' deadlines for 過誤申立書, as the office read them in each municipality's notice (tenant data, in
 * versions from a day on, each with its source): there is no national table of them.
 */
@RestController
@RequiresModule("claims")
@RequestMapping("/api/v1/offices/{officeId}/claims/correction-deadlines")
class CorrectionDeadlineController {
    private final ClaimCorrections corrections;

    CorrectionDeadlineController(ClaimCorrections corrections) {
        this.corrections = corrections;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('claims:claim.read')")
    List<ClaimCorrections.DeadlineView> deadlines(@PathVariable OfficeId officeId) {
        return corrections.deadlines(officeId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('claims:correction.manage')")
    ClaimCorrections.DeadlineView add(@PathVariable OfficeId officeId, @RequestBody DeadlineRequest r, Principal user) {
        return corrections.addDeadline(officeId, new ClaimCorrections.NewDeadline(r.municipalityCode(), r.municipalityName(), r.deadlineDay(),
                r.sameMonth(), r.source(), r.effectiveFrom()), user.getName());
    }

    record DeadlineRequest(String municipalityCode, String municipalityName, Integer deadlineDay, Boolean sameMonth, String source,
                           LocalDate effectiveFrom) {
    }
}
