package jp.tsunagu.workspace.internal.web;

import jp.tsunagu.web.Downloads;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.Kana;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForms;
import jp.tsunagu.workspace.internal.AttendanceService;
import jp.tsunagu.workspace.internal.BoardService;
import jp.tsunagu.workspace.internal.DailyBoard;
import jp.tsunagu.workspace.internal.MonthService;
import jp.tsunagu.workspace.internal.MonthlyServiceSheet;
import jp.tsunagu.workspace.internal.TabletPins;
import jp.tsunagu.workspace.internal.WorkspaceConfigService;
import jp.tsunagu.workspace.internal.checkin.CheckInService;
import jp.tsunagu.workspace.internal.documents.MonthlySheetCsv;
import jp.tsunagu.workspace.internal.documents.MonthlySheetPdf;
import jp.tsunagu.workspace.internal.domain.DayDetails;
import jp.tsunagu.workspace.internal.domain.GroupKind;
import jp.tsunagu.workspace.internal.domain.WorkPlace;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 実績記録票: the month's sheets, one person's sheet with the confirmation, closing the month, and the sheets as PDF and CSV. */
@Controller
@RequiresModule("workspace")
@PersonalData
@RequestMapping("/offices/{officeId}/workspace/sheets")
class SheetPages implements PageController {
    private final MonthService months;
    private final MonthlySheetPdf pdf;
    private final MonthlySheetCsv csv;
    private final WorkspacePageSupport pages;
    private final PageForms forms;
    private final Clock clock;

    SheetPages(MonthService months, MonthlySheetPdf pdf, MonthlySheetCsv csv, WorkspacePageSupport pages, PageForms forms, Clock clock) {
        this.months = months;
        this.pdf = pdf;
        this.csv = csv;
        this.pages = pages;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    String sheets(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month, Model model, Authentication auth) {
        OfficeSummary office = pages.office(officeId);
        YearMonth m = month == null ? YearMonth.now(clock).minusMonths(1) : month;
        List<MonthlyServiceSheet> sheets = months.sheets(office.id(), m);
        model.addAttribute("office", office);
        model.addAttribute("month", m);
        model.addAttribute("sheets", sheets);
        model.addAttribute("closed", !sheets.isEmpty() && sheets.get(0).closed());
        model.addAttribute("canClose", can(auth, "workspace:month.close"));
        return "workspace/sheets";
    }

    @GetMapping("/{personId}")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    String sheet(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam YearMonth month, Model model) {
        OfficeSummary office = pages.office(officeId);
        model.addAttribute("office", office);
        model.addAttribute("sheet", months.sheet(office.id(), personId, month));
        model.addAttribute("month", month);
        return "workspace/sheet";
    }

    /** The person's confirmation of the month (本人確認): the API's record, for the month of the form. */
    @PostMapping("/{personId}/confirm")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    String confirm(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam YearMonth month,
                   @Valid @ModelAttribute MonthController.Confirm form, BindingResult binding, Authentication auth,
                   RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, WorkspacePageSupport.base(officeId) + "/sheets/" + personId + "?month=" + month,
                "workspace.ui.confirmed", () -> months.confirm(office, personId, month, form.method(), form.signature(), auth.getName()));
    }

    @PostMapping("/close")
    @PreAuthorize("hasAuthority('workspace:month.close')")
    String close(@PathVariable OfficeId officeId, @RequestParam YearMonth month, Authentication auth, RedirectAttributes redirect,
                 Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submitTo(null, null, redirect, locale, WorkspacePageSupport.base(officeId) + "/sheets?month=" + month, null, () -> {
            months.close(office, month, auth.getName());
            redirect.addFlashAttribute(PageForms.MESSAGE, forms.message("workspace.ui.closed", locale, month));
            return WorkspacePageSupport.base(officeId) + "/sheets?month=" + month;
        });
    }

    @GetMapping("/pdf")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    ResponseEntity<byte[]> sheetsPdf(@PathVariable OfficeId officeId, @RequestParam YearMonth month) {
        return Downloads.pdf(pdf.render(months.sheets(pages.office(officeId).id(), month)), "jisseki-" + month + "-all.pdf");
    }

    @GetMapping("/{personId}/pdf")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    ResponseEntity<byte[]> sheetPdf(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam YearMonth month) {
        return Downloads.pdf(pdf.render(List.of(months.sheet(pages.office(officeId).id(), personId, month))), "jisseki-" + month + ".pdf");
    }

    @GetMapping("/csv")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    ResponseEntity<String> sheetsCsv(@PathVariable OfficeId officeId, @RequestParam YearMonth month) {
        return Downloads.csv(csv.write(months.sheets(pages.office(officeId).id(), month)), "jisseki-" + month + ".csv");
    }
}
