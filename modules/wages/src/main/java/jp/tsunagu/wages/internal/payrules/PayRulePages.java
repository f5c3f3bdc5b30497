package jp.tsunagu.wages.internal.payrules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForm;
import jp.tsunagu.web.PageForms;
import jp.tsunagu.wages.internal.domain.PayCalculation.Basis;
import jp.tsunagu.wages.internal.domain.PayCalculation.RestBy;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工賃規程: the office's versions with their warnings, and the form of a new version. The form offers no deduction of
 * any kind (the labour-ness guard rails); rates per user stay an API matter, warned wherever they show.
 */
@Controller
@RequiresModule("wages")
@RequestMapping("/offices/{officeId}/wages/pay-rules")
class PayRulePages implements PageController {
    private final PayRuleService rules;
    private final Offices offices;
    private final PageForms forms;

    PayRulePages(PayRuleService rules, Offices offices, PageForms forms) {
        this.rules = rules;
        this.offices = offices;
        this.forms = forms;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    String versions(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        List<PayRule> versions = rules.versions(office.id());
        model.addAttribute("office", office);
        model.addAttribute("versions", versions);
        model.addAttribute("warnings", versions.stream().collect(java.util.stream.Collectors.toMap(PayRule::id, PayRuleService::warnings)));
        model.addAttribute("bases", Basis.values());
        model.addAttribute("rests", RestBy.values());
        model.addAttribute("roundings", Yen.Rounding.values());
        model.addAttribute("canWrite", can(auth, "wages:payrule.write"));
        return "wages/pay-rules";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('wages:payrule.write')")
    String save(@PathVariable OfficeId officeId, @Valid @ModelAttribute PayRuleForm form, BindingResult binding, Authentication auth,
                RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/wages/pay-rules", "wages.ui.payRuleSaved",
                request -> rules.save(office, form.effectiveMonth(), request.terms(), Map.of(), List.of(), request.note(), auth.getName()));
    }

    /** The page's form of a version: the month it starts, and the API's request without rates per user or deductions. */
    record PayRuleForm(@NotNull YearMonth effectiveMonth, Basis basis, Long ratePerHour, Long ratePerDay, Long ratePerPiece,
                       Long fixedMonthly, RestBy restBy, Yen.Rounding rounding, String note)
            implements PageForm<PayRuleController.PayRuleRequest> {
        @Override
        public PayRuleController.PayRuleRequest request() {
            return new PayRuleController.PayRuleRequest(basis, ratePerHour, ratePerDay, ratePerPiece, fixedMonthly, restBy, rounding, null,
                    null, note);
        }
    }
}
