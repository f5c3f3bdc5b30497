package jp.tsunagu.training.internal.retention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.training.api.RetentionServiceRate;
import jp.tsunagu.web.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 就労定着支援: the office's supports, one with its months (face-to-face contacts, billable, report done), its contacts
 * and monthly reports, the report as PDF, the day the person left the job, and the service's retention rate for a
 * fiscal year.
 */
@RestController
@RequiresModule("training")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/training/retention-support")
class RetentionSupportController {
    private final RetentionSupportService supports;
    private final RetentionReportPdf pdf;

    RetentionSupportController(RetentionSupportService supports, RetentionReportPdf pdf) {
        this.supports = supports;
        this.pdf = pdf;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('training:support.read')")
    List<RetentionSupportService.Support> list(@PathVariable OfficeId officeId) {
        return supports.supports(officeId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    RetentionSupportService.Detail create(@PathVariable OfficeId officeId, @Valid @RequestBody SupportRequest r, Principal user) {
        return supports.create(officeId, new PersonId(r.personId()), r.employer(), r.hireDate(), r.supportFrom(), r.supportTo(),
                Boolean.TRUE.equals(r.consentEmployer()), user.getName());
    }

    @GetMapping("/{supportId}")
    @PreAuthorize("hasAuthority('training:support.read')")
    RetentionSupportService.Detail get(@PathVariable OfficeId officeId, @PathVariable UUID supportId) {
        return supports.detail(officeId, supportId);
    }

    @GetMapping("/{supportId}/months")
    @PreAuthorize("hasAuthority('training:support.read')")
    List<RetentionSupportService.Month> months(@PathVariable OfficeId officeId, @PathVariable UUID supportId) {
        return supports.detail(officeId, supportId).months();
    }

    @PostMapping("/{supportId}/end")
    @PreAuthorize("hasAuthority('training:support.write')")
    RetentionSupportService.Detail end(@PathVariable OfficeId officeId, @PathVariable UUID supportId, @Valid @RequestBody EndRequest r,
                                       Principal user) {
        return supports.end(officeId, supportId, r.endedOn(), r.reason(), user.getName());
    }

    @PostMapping("/{supportId}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    RetentionSupportService.Detail contact(@PathVariable OfficeId officeId, @PathVariable UUID supportId, @Valid @RequestBody ContactRequest r,
                                           Principal user) {
        return supports.addContact(officeId, supportId, r.date(), r.faceToFace(), r.withWhom(), r.issues(), r.note(), user.getName());
    }

    @PostMapping("/{supportId}/reports")
    @PreAuthorize("hasAuthority('training:support.write')")
    RetentionSupportService.Detail report(@PathVariable OfficeId officeId, @PathVariable UUID supportId, @Valid @RequestBody ReportRequest r,
                                          Principal user) {
        return supports.writeReport(officeId, supportId, r.month(), r.supportGiven(), r.issues(), r.nextSteps(),
                Boolean.TRUE.equals(r.faceToFace()), r.sharedWithPersonOn(), r.sharedWithEmployerOn(), user.getName());
    }

    @GetMapping("/{supportId}/reports/{month}/report.pdf")
    @PreAuthorize("hasAuthority('training:support.read')")
    ResponseEntity<byte[]> reportPdf(@PathVariable OfficeId officeId, @PathVariable UUID supportId,
                                     @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Locale locale) {
        return Downloads.pdf(pdf.render(supports.exported(officeId, supportId, month), locale), "teichaku-shien-report-" + month + ".pdf");
    }

    @GetMapping("/rate/{fiscalYear}")
    @PreAuthorize("hasAuthority('training:support.read')")
    RetentionServiceRate rate(@PathVariable OfficeId officeId, @PathVariable int fiscalYear) {
        return supports.rate(officeId, FiscalYear.startingIn(fiscalYear));
    }

    record SupportRequest(@NotNull UUID personId, @NotBlank @Size(max = 200) String employer, @NotNull LocalDate hireDate,
                          @NotNull LocalDate supportFrom, @NotNull LocalDate supportTo, Boolean consentEmployer) {
    }

    record EndRequest(@NotNull LocalDate endedOn, @Size(max = 500) String reason) {
    }

    record ContactRequest(@NotNull LocalDate date, @NotNull Boolean faceToFace, @NotNull RetentionContact.WithWhom withWhom,
                          @Size(max = 2000) String issues, @Size(max = 2000) String note) {
    }

    record ReportRequest(@NotNull YearMonth month, @NotBlank @Size(max = 4000) String supportGiven, @Size(max = 4000) String issues,
                         @Size(max = 4000) String nextSteps, Boolean faceToFace, LocalDate sharedWithPersonOn, LocalDate sharedWithEmployerOn) {
    }
}
