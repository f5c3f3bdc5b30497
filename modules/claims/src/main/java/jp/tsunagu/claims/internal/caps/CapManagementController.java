package jp.tsunagu.claims.internal.caps;

import java.security.Principal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 利用者負担上限額管理: who manages each person's cap, and each month's result (entered, or computed at the managing office). */
@RestController
@RequiresModule("claims")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/claims/cap-management")
class CapManagementController {
    private final CapManagementService caps;
    private final CapResultSheets sheets;

    CapManagementController(CapManagementService caps, CapResultSheets sheets) {
        this.caps = caps;
        this.sheets = sheets;
    }

    /** The 上限額管理結果票 of the month for the persons this office manages (A4 PDF, a page each). */
    @GetMapping("/result-sheets.pdf")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    org.springframework.http.ResponseEntity<byte[]> resultSheets(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month,
                                                                 java.util.Locale locale) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(sheets.render(officeId, month, locale));
    }

    /** Everyone under management in the month with the month's result as recorded. */
    @GetMapping
    @PreAuthorize("hasAuthority('claims:claim.read')")
    List<CapManagementService.Entry> month(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month) {
        return caps.month(officeId, month);
    }

    @GetMapping("/persons/{personId}")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    List<CapManagementService.Registration> registrations(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return caps.registrations(officeId, personId);
    }

    /** Records who manages the person's cap from a month on, as the recipient certificate names it. */
    @PostMapping("/persons/{personId}")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('claims:cap.manage')")
    CapManagementService.Registration register(@PathVariable OfficeId officeId, @PathVariable PersonId personId,
                                               @RequestBody CapManagementService.RegistrationInput r, Principal user) {
        return caps.register(officeId, personId, r, user.getName());
    }

    /** Ends a registration with its last month. */
    @PostMapping("/registrations/{registrationId}/end")
    @PreAuthorize("hasAuthority('claims:cap.manage')")
    CapManagementService.Registration end(@PathVariable OfficeId officeId, @PathVariable UUID registrationId, @RequestBody EndRequest r,
                                          Principal user) {
        return caps.end(officeId, registrationId, r.toMonth(), user.getName());
    }

    /** The month's result: the other offices' charges at the managing office, the result and this office's amount elsewhere. */
    @PutMapping("/persons/{personId}/months/{month}")
    @PreAuthorize("hasAuthority('claims:cap.manage')")
    CapManagementService.Managed record(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable YearMonth month,
                                        @RequestBody CapManagementService.ResultInput r, Principal user) {
        return caps.record(officeId, personId, month, r, user.getName());
    }

    record EndRequest(YearMonth toMonth) {
    }
}
