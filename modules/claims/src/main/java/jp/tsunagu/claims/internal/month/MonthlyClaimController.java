package jp.tsunagu.claims.internal.month;

import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The month's claim of an office for a service type, per person with every figure's trail (a preview: nothing is sent). */
@RestController
@RequiresModule("claims")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/claims/months/{month}")
class MonthlyClaimController {
    private final MonthlyClaimService claims;
    private final ClaimChecks checks;

    MonthlyClaimController(MonthlyClaimService claims, ClaimChecks checks) {
        this.claims = claims;
        this.checks = checks;
    }

    /** The checks before the claim is sent: each finding with the rejection it prevents and where to fix it. */
    @GetMapping("/checks")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    ClaimChecks.Checks checks(@PathVariable OfficeId officeId, @PathVariable YearMonth month,
                              @RequestParam(required = false) ServiceType serviceType) {
        return checks.check(officeId, serviceType, month);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('claims:claim.read')")
    MonthlyClaimService.MonthClaim month(@PathVariable OfficeId officeId, @PathVariable YearMonth month,
                                         @RequestParam(required = false) ServiceType serviceType) {
        return claims.month(officeId, serviceType, month);
    }
}
