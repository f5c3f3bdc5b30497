package jp.tsunagu.claims.internal.profile;

import java.security.Principal;
import java.time.YearMonth;
import java.util.List;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The office's claim profile (体制届): the versions, a new one, the one in force for a month beside the computed figures. */
@RestController
@RequiresModule("claims")
@RequestMapping("/api/v1/offices/{officeId}/claims/profiles")
class ClaimProfileController {
    private final ClaimProfileService profiles;

    ClaimProfileController(ClaimProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('claims:profile.read')")
    List<ClaimProfileService.ProfileView> profiles(@PathVariable OfficeId officeId) {
        return profiles.profiles(officeId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('claims:profile.manage')")
    ClaimProfileService.ProfileView file(@PathVariable OfficeId officeId, @RequestBody ProfileRequest r, Principal user) {
        return profiles.file(officeId, r.profile(), user.getName());
    }

    @GetMapping("/in-force")
    @PreAuthorize("hasAuthority('claims:profile.read')")
    ClaimProfileService.InForce inForce(@PathVariable OfficeId officeId, @RequestParam(required = false) ServiceType serviceType,
                                        @RequestParam(required = false) YearMonth month) {
        return profiles.inForce(officeId, serviceType, month);
    }

    @GetMapping("/additions")
    @PreAuthorize("hasAuthority('claims:profile.read')")
    List<ClaimProfileService.AdditionView> additions(@PathVariable OfficeId officeId) {
        return profiles.additions(officeId);
    }

    @PostMapping("/additions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('claims:profile.manage')")
    ClaimProfileService.AdditionView addAddition(@PathVariable OfficeId officeId, @RequestBody AdditionRequest r, Principal user) {
        return profiles.addAddition(officeId, r.serviceType(), r.addition(), r.acceptedOn(), user.getName());
    }

    record AdditionRequest(ServiceType serviceType, String addition, java.time.LocalDate acceptedOn) {
    }

    record ProfileRequest(ServiceType serviceType, YearMonth effectiveMonth, String staffing, Integer capacity, String kouchinTier,
                          TypeBBaseUnits.Variant revisionStatus, String revisionEvidence, Integer typeAScore, String retentionTier,
                          String payImprovement) {
        ClaimProfileService.NewProfile profile() {
            return new ClaimProfileService.NewProfile(serviceType, effectiveMonth, staffing, capacity, kouchinTier, revisionStatus, revisionEvidence,
                    typeAScore, retentionTier, payImprovement);
        }
    }
}
