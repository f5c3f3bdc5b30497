package jp.tsunagu.training.internal.retention;

import jakarta.validation.Valid;
import java.time.Clock;
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
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.Downloads;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 就労定着支援: the office's supports with this month's flag (no face-to-face contact yet) and the service's retention rate
 * for a fiscal year; a support's page with its months (contacts, billable, report), its contacts, the forms for a
 * contact, a report and the end, and each report's PDF. A refusal comes back naming the field, nothing stored.
 */
@Controller
@RequiresModule("training")
@PersonalData
@RequestMapping("/offices/{officeId}/training/retention-support")
class RetentionSupportPages implements PageController {
    private final RetentionSupportService supports;
    private final RetentionReportPdf pdf;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    RetentionSupportPages(RetentionSupportService supports, RetentionReportPdf pdf, Offices offices, PageForms forms, Clock clock) {
        this.supports = supports;
        this.pdf = pdf;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('training:support.read')")
    String list(@PathVariable OfficeId officeId, @RequestParam(required = false) Integer fiscalYear, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        LocalDate today = LocalDate.now(clock);
        boolean canWrite = can(auth, "training:support.write");
        FiscalYear year = fiscalYear == null ? FiscalYear.of(today) : FiscalYear.startingIn(fiscalYear);
        model.addAttribute("office", office);
        model.addAttribute("supports", supports.supports(office.id()));
        model.addAttribute("rate", supports.rate(office.id(), year));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("servedOn", today);
        model.addAttribute("persons", canWrite ? supports.servedFor(office.id(), today) : List.of());
        return "training/retention-supports";
    }

    @GetMapping("/{supportId}")
    @PreAuthorize("hasAuthority('training:support.read')")
    String support(@PathVariable OfficeId officeId, @PathVariable UUID supportId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        model.addAttribute("office", office);
        model.addAttribute("d", supports.detail(office.id(), supportId));
        model.addAttribute("canWrite", can(auth, "training:support.write"));
        model.addAttribute("withWhom", RetentionContact.WithWhom.values());
        model.addAttribute("thisMonth", YearMonth.now(clock));
        return "training/retention-support";
    }

    @GetMapping("/{supportId}/reports/{month}/report.pdf")
    @PreAuthorize("hasAuthority('training:support.read')")
    ResponseEntity<byte[]> reportPdf(@PathVariable OfficeId officeId, @PathVariable UUID supportId,
                                     @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return Downloads.pdf(pdf.render(supports.exported(office, supportId, month), locale), "teichaku-shien-report-" + month + ".pdf");
    }

    @PostMapping
    @PreAuthorize("hasAuthority('training:support.write')")
    String create(@PathVariable OfficeId officeId, @Valid @ModelAttribute RetentionSupportController.SupportRequest form, BindingResult binding,
                  Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        String back = "/offices/" + officeId + "/training/retention-support";
        return forms.submitTo(form, binding, redirect, locale, back, "training.retention.ui.supportSaved",
                () -> back + "/" + supports.create(office, new PersonId(form.personId()), form.employer(), form.hireDate(), form.supportFrom(),
                        form.supportTo(), Boolean.TRUE.equals(form.consentEmployer()), auth.getName()).support().id());
    }

    @PostMapping("/{supportId}/contacts")
    @PreAuthorize("hasAuthority('training:support.write')")
    String contact(@PathVariable OfficeId officeId, @PathVariable UUID supportId, @Valid @ModelAttribute RetentionSupportController.ContactRequest form,
                   BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/retention-support/" + supportId,
                "training.retention.ui.contactSaved", () -> supports.addContact(office, supportId, form.date(), form.faceToFace(), form.withWhom(),
                        form.issues(), form.note(), auth.getName()));
    }

    @PostMapping("/{supportId}/reports")
    @PreAuthorize("hasAuthority('training:support.write')")
    String report(@PathVariable OfficeId officeId, @PathVariable UUID supportId, @Valid @ModelAttribute RetentionSupportController.ReportRequest form,
                  BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/retention-support/" + supportId,
                "training.retention.ui.reportSaved", () -> supports.writeReport(office, supportId, form.month(), form.supportGiven(), form.issues(),
                        form.nextSteps(), Boolean.TRUE.equals(form.faceToFace()), form.sharedWithPersonOn(), form.sharedWithEmployerOn(),
                        auth.getName()));
    }

    @PostMapping("/{supportId}/end")
    @PreAuthorize("hasAuthority('training:support.write')")
    String end(@PathVariable OfficeId officeId, @PathVariable UUID supportId, @Valid @ModelAttribute RetentionSupportController.EndRequest form,
               BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/training/retention-support/" + supportId,
                "training.retention.ui.endSaved", () -> supports.end(office, supportId, form.endedOn(), form.reason(), auth.getName()));
    }
}
