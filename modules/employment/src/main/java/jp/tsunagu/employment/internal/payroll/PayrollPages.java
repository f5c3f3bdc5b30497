package jp.tsunagu.employment.internal.payroll;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForms;
import org.springframework.format.annotation.DateTimeFormat;
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
 * 給与計算: the month's payroll of the office's employed A型 users — the preview (for a pay date) until it is closed,
 * then the stored payroll with its documents (給与明細書, 給与一覧, 賃金台帳, the 全銀 給与振込 file) — each user's
 * hours, earnings and deductions with their trails; the close; and wages still owed for a closed month, paid with this
 * one. What keeps a month from being calculated (records not closed, nobody under contract) shows instead of the table.
 */
@Controller
@RequiresModule("employment")
@PersonalData
@RequestMapping("/offices/{officeId}/employment/payroll")
class PayrollPages implements PageController {
    private final PayrollService payroll;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    PayrollPages(PayrollService payroll, Offices offices, PageForms forms, Clock clock) {
        this.payroll = payroll;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    String month(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate payDate,
                 Model model, Authentication auth, Locale locale) {
        OfficeSummary office = offices.require(officeId);
        YearMonth m = month == null ? YearMonth.now(clock).minusMonths(1) : month;
        boolean canClose = can(auth, "employment:payroll.close");
        model.addAttribute("office", office);
        model.addAttribute("month", m);
        model.addAttribute("canClose", canClose);
        model.addAttribute("payDate", payDate == null ? m.plusMonths(1).atDay(25) : payDate);
        model.addAttribute("transferDate", payDate == null ? m.plusMonths(1).atDay(25) : payDate);
        boolean closed = false;
        try {
            PayrollService.Payroll p = payroll.preview(office.id(), m, payDate);
            model.addAttribute("payroll", p);
            model.addAttribute("closedOn", p.closedAt() == null ? null : LocalDate.ofInstant(p.closedAt(), clock.getZone()));
            model.addAttribute("minutes", p.slips().stream().map(PayrollService.Slip::minutes).reduce(PayrollService.Minutes.NONE,
                    PayrollService.Minutes::plus));
            closed = p.closedAt() != null;
        } catch (Problem refused) {
            model.addAttribute("error", forms.text(refused, locale));
        }
        model.addAttribute("workers", canClose && !closed ? payroll.workersOf(office.id(), m) : List.of()); // audited about each
        return "employment/payroll";
    }

    @PostMapping("/close")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    String close(@PathVariable OfficeId officeId, @RequestParam YearMonth month,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate payDate, Authentication auth,
                 RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        String back = "/offices/" + officeId + "/employment/payroll?month=" + month;
        return forms.submitTo(null, null, redirect, locale, back, null, () -> {
            PayrollService.Payroll closed = payroll.close(office, month, payDate, auth.getName());
            redirect.addFlashAttribute(PageForms.MESSAGE, forms.message("employment.ui.payrollClosed", locale,
                    jp.tsunagu.kernel.JapaneseDates.era(month) + " (" + month + ")", closed.slips().size(),
                    closed.gross().value()));
            return back;
        });
    }

    /** Wages still owed for a closed month, recorded with the open {@code month} that pays them. */
    @PostMapping("/adjustments")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    String adjust(@PathVariable OfficeId officeId, @RequestParam YearMonth month, @Valid @ModelAttribute PayrollController.AdjustmentRequest form,
                  BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/employment/payroll?month=" + month,
                "employment.ui.adjustmentSaved", () -> payroll.adjust(office, month, new PersonId(form.personId()), form.correctsMonth(),
                        form.amount(), form.reason(), auth.getName()));
    }
}
