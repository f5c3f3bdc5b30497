package jp.tsunagu.claims.internal.correction;

import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.ServiceType;
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

/** 過誤申立: the corrections of closed claim months, per person, and their life cycle (REQUESTED → WITHDRAWN → RECLAIMED, or CANCELLED). */
@RestController
@RequiresModule("claims")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/claims/corrections")
class ClaimCorrectionController {
    private final ClaimCorrections corrections;

    ClaimCorrectionController(ClaimCorrections corrections) {
        this.corrections = corrections;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('claims:claim.read')")
    List<ClaimCorrections.CorrectionView> list(@PathVariable OfficeId officeId) {
        return corrections.list(officeId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('claims:correction.manage')")
    ClaimCorrections.CorrectionView request(@PathVariable OfficeId officeId, @RequestBody CorrectionRequest r, Principal user) {
        return corrections.get(officeId, corrections.request(officeId, r.correction(), user.getName()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    ClaimCorrections.CorrectionView get(@PathVariable OfficeId officeId, @PathVariable UUID id) {
        return corrections.get(officeId, id);
    }

    /** The next step: {@code {"state": "WITHDRAWN"}}, {@code {"state": "RECLAIMED", "reclaimMonth": "2026-09"}} or {@code {"state": "CANCELLED"}}. */
    @PostMapping("/{id}/transitions")
    @PreAuthorize("hasAuthority('claims:correction.manage')")
    ClaimCorrections.CorrectionView transition(@PathVariable OfficeId officeId, @PathVariable UUID id, @RequestBody TransitionRequest r,
                                               Principal user) {
        return corrections.get(officeId, corrections.transition(officeId, id,
                new ClaimCorrections.Transition(r.state(), r.reclaimMonth(), r.note()), user.getName()));
    }

    /** The re-claim file: the corrected statement in the claim of the processing month it was re-claimed in (CP932 CSV). */
    @GetMapping("/{id}/claim.csv")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    org.springframework.http.ResponseEntity<byte[]> reclaimFile(@PathVariable OfficeId officeId, @PathVariable UUID id) {
        return corrections.reclaimFile(officeId, id).download();
    }

    record CorrectionRequest(ServiceType serviceType, YearMonth month, UUID personId, String reason, String details, LocalDate requestedOn) {
        ClaimCorrections.NewCorrection correction() {
            return new ClaimCorrections.NewCorrection(serviceType, month, personId, reason, details, requestedOn);
        }
    }

    record TransitionRequest(String state, YearMonth reclaimMonth, String note) {
    }
}
