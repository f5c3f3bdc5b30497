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
    private final ClaimClose close;
    private final jp.tsunagu.claims.internal.documents.ClaimDocuments documents;
    private final jp.tsunagu.claims.internal.documents.ClaimFileExport files;

    MonthlyClaimController(MonthlyClaimService claims, ClaimChecks checks, ClaimClose close,
                           jp.tsunagu.claims.internal.documents.ClaimDocuments documents,
                           jp.tsunagu.claims.internal.documents.ClaimFileExport files) {
        this.documents = documents;
        this.files = files;
        this.claims = claims;
        this.checks = checks;
        this.close = close;
    }

    /** Closes the month's claim (once: a repeated or concurrent request answers the same claim). */
    @org.springframework.web.bind.annotation.PostMapping("/close")
    @PreAuthorize("hasAuthority('claims:claim.close')")
    ClaimClose.Closed close(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @RequestParam(required = false) ServiceType serviceType,
                            java.security.Principal user) {
        return close.close(officeId, serviceType, month, user.getName());
    }

    /** The claim file of the closed month (the interface spec's CSV, CP932), under the spec's file name. */
    @GetMapping("/claim.csv")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    org.springframework.http.ResponseEntity<byte[]> claimFile(@PathVariable OfficeId officeId, @PathVariable YearMonth month,
                                                              @RequestParam(required = false) ServiceType serviceType) {
        return files.export(officeId, serviceType, month).download();
    }

    /** The claim sheet and the statements of the closed month (A4 PDF). */
    @GetMapping("/claim.pdf")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    org.springframework.http.ResponseEntity<byte[]> claimSheet(@PathVariable OfficeId officeId, @PathVariable YearMonth month,
                                                               @RequestParam(required = false) ServiceType serviceType, java.util.Locale locale) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.inline()
                        .filename("claim-" + month + ".pdf").build().toString())
                .body(documents.claimSheet(officeId, serviceType, month, locale));
    }

    /** The users' invoices and receipts of the closed month (A4 PDF, one page a person). */
    @GetMapping("/invoices.pdf")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    org.springframework.http.ResponseEntity<byte[]> invoices(@PathVariable OfficeId officeId, @PathVariable YearMonth month,
                                                             @RequestParam(required = false) ServiceType serviceType, java.util.Locale locale) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.inline()
                        .filename("invoices-" + month + ".pdf").build().toString())
                .body(documents.invoices(officeId, serviceType, month, locale));
    }

    /** The month's closed claim (404 while it is not closed). */
    @GetMapping("/closed")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    ClaimClose.Closed closed(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @RequestParam(required = false) ServiceType serviceType) {
        return close.find(officeId, serviceType, month).orElseThrow(() -> new jp.tsunagu.kernel.Problem.NotFound("claims.close.notClosed", month));
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
