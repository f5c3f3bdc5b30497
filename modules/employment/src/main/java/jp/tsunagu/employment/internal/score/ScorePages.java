package jp.tsunagu.employment.internal.score;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.rules.national.TypeAScoreItems.Item;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForms;
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
 * A型スコア: the score the office reports for a fiscal year (from the year before), item by item with how each was
 * found, the total and the base units it implies; the production balance of the three years before against the wages
 * paid, with a shortfall and its management improvement plan; and the forms for a year's production results and for
 * the items the office records (Ⅲ, Ⅳ, Ⅴ, Ⅶ).
 */
@Controller
@RequiresModule("employment")
@RequestMapping("/offices/{officeId}/employment/score")
class ScorePages implements PageController {
    private final TypeAScoreService scores;
    private final ProductionBalanceService balances;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    ScorePages(TypeAScoreService scores, ProductionBalanceService balances, Offices offices, PageForms forms, Clock clock) {
        this.scores = scores;
        this.balances = balances;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    String score(@PathVariable OfficeId officeId, @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "I") String staffing,
                 @RequestParam(required = false) Integer productionYear, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        FiscalYear fy = year == null ? FiscalYear.of(LocalDate.now(clock)) : checked("year", year);
        if (!staffing.equals("I") && !staffing.equals("II")) {
            throw new Problem.Invalid("staffing", "employment.score.staffing", staffing);
        }
        model.addAttribute("office", office);
        model.addAttribute("year", fy);
        model.addAttribute("staffing", staffing);
        model.addAttribute("score", scores.score(office.id(), fy, staffing));
        model.addAttribute("canWrite", can(auth, "employment:payroll.close"));
        FiscalYear running = productionYear == null ? FiscalYear.of(LocalDate.now(clock)) : checked("productionYear", productionYear);
        model.addAttribute("months", balances.year(office.id(), running));
        model.addAttribute("recordable", java.util.List.of(Item.III, Item.IV, Item.V, Item.VII));
        return "employment/score";
    }

    @PostMapping("/production")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    String production(@PathVariable OfficeId officeId, @RequestParam int year, @RequestParam int fiscalYear,
                      @Valid @ModelAttribute TypeAScoreController.ProductionRequest form, BindingResult binding, Authentication auth,
                      RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        checked("fiscalYear", fiscalYear);
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/employment/score?year=" + year, "employment.ui.productionSaved",
                () -> scores.saveProduction(office, new TypeAScoreService.ProductionYear(fiscalYear, Yen.of(form.revenue()), Yen.of(form.expenses()),
                        form.wagesPaid() == null ? null : Yen.of(form.wagesPaid()), form.evidence(), form.planDeadline(), form.planSubmittedOn()),
                        auth.getName()));
    }

    @PostMapping("/measures")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    String measure(@PathVariable OfficeId officeId, @RequestParam int year, @RequestParam Item item,
                   @Valid @ModelAttribute TypeAScoreController.MeasureRequest form, BindingResult binding, Authentication auth,
                   RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        checked("year", year);
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/employment/score?year=" + year, "employment.ui.measureSaved",
                () -> scores.saveMeasure(office, year, item, form.points(), form.evidence(), auth.getName()));
    }

    /** A month's production figures, entered from the accounts. */
    @PostMapping("/production-months")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    String productionMonth(@PathVariable OfficeId officeId, @RequestParam int year, @RequestParam java.time.YearMonth month,
                           @Valid @ModelAttribute ProductionBalanceController.MonthRequest form, BindingResult binding, Authentication auth,
                           RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        checked("year", year);
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/employment/score?year=" + year + "&productionYear="
                        + FiscalYear.of(month).startYear(), "employment.ui.productionMonthSaved",
                () -> balances.saveMonth(office, month, Yen.of(form.revenue()), Yen.of(form.expenses()), form.evidence(), auth.getName()));
    }

    private static FiscalYear checked(String field, int year) {
        if (year < 2000 || year > 2100) {
            throw new Problem.Invalid(field, "employment.score.year", year);
        }
        return FiscalYear.startingIn(year);
    }
}
