package jp.tsunagu.claims.internal.month;

import java.time.Clock;
import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 請求の確認: the month's claim per person, each line with its code, units and how they were found. */
@Controller
@RequiresModule("claims")
@PersonalData
@RequestMapping("/offices/{officeId}/claims/months")
class MonthlyClaimPages implements PageController {
    private final MonthlyClaimService claims;
    private final ClaimChecks checks;
    private final ClaimClose close;
    private final Offices offices;
    private final jp.tsunagu.web.PageForms forms;
    private final Clock clock;

    private final jp.tsunagu.claims.internal.documents.ClaimDocuments documents;
    private final jp.tsunagu.claims.internal.documents.ClaimFileExport files;

    MonthlyClaimPages(MonthlyClaimService claims, ClaimChecks checks, ClaimClose close, Offices offices, jp.tsunagu.web.PageForms forms,
                      Clock clock, jp.tsunagu.claims.internal.documents.ClaimDocuments documents,
                      jp.tsunagu.claims.internal.documents.ClaimFileExport files) {
        this.documents = documents;
        this.files = files;
        this.claims = claims;
        this.checks = checks;
        this.close = close;
        this.forms = forms;
        this.offices = offices;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('claims:claim.read')")
    String month(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month,
                 @RequestParam(required = false) ServiceType serviceType, Model model, org.springframework.security.core.Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        YearMonth shown = month == null ? YearMonth.now(clock).minusMonths(1) : month;
        ServiceType type = serviceType != null ? serviceType : office.capacities().keySet().stream().sorted().findFirst().orElse(null);
        model.addAttribute("office", office);
        model.addAttribute("month", shown);
        model.addAttribute("types", office.capacities().keySet().stream().sorted().toList());
        model.addAttribute("type", type);
        if (type != null) {
            model.addAttribute("checks", checks.check(office.id(), type, shown));
            model.addAttribute("closed", close.find(office.id(), type, shown).orElse(null));
        }
        model.addAttribute("canClose", can(auth, "claims:claim.close"));
        try {
            model.addAttribute("c", claims.month(office.id(), type, shown));
        } catch (Problem.Invalid refused) {
            model.addAttribute("refused", refused);
        }
        return "claims/month";
    }

    /** The claim file of the closed month, for the page's link (the browser's session; the API serves the same). */
    @GetMapping("/{month}/claim.csv")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    org.springframework.http.ResponseEntity<byte[]> claimFile(@PathVariable OfficeId officeId, @PathVariable YearMonth month,
                                                              @RequestParam ServiceType serviceType) {
        return files.export(offices.require(officeId).id(), serviceType, month).download();
    }

    /** The claim sheet and statements of the closed month, for the page's link. */
    @GetMapping("/{month}/claim.pdf")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    org.springframework.http.ResponseEntity<byte[]> claimSheet(@PathVariable OfficeId officeId, @PathVariable YearMonth month,
                                                               @RequestParam ServiceType serviceType, java.util.Locale locale) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(documents.claimSheet(offices.require(officeId).id(), serviceType, month, locale));
    }

    /** The users' invoices and receipts of the closed month, for the page's link. */
    @GetMapping("/{month}/invoices.pdf")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    org.springframework.http.ResponseEntity<byte[]> invoices(@PathVariable OfficeId officeId, @PathVariable YearMonth month,
                                                             @RequestParam ServiceType serviceType, java.util.Locale locale) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(documents.invoices(offices.require(officeId).id(), serviceType, month, locale));
    }

    @org.springframework.web.bind.annotation.PostMapping("/close")
    @PreAuthorize("hasAuthority('claims:claim.close')")
    String close(@PathVariable OfficeId officeId, @RequestParam YearMonth month, @RequestParam ServiceType serviceType,
                 org.springframework.security.core.Authentication auth, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
                 java.util.Locale locale) {
        OfficeId office = offices.require(officeId).id();
        String back = "/offices/" + officeId + "/claims/months?month=" + month + "&serviceType=" + serviceType;
        return forms.submit(new Object(), null, redirect, locale, back, "claims.ui.closed",
                () -> close.close(office, serviceType, month, auth.getName()));
    }
}
