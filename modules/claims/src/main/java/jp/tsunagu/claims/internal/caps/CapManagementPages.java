package jp.tsunagu.claims.internal.caps;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.claims.internal.month.MonthlyClaimService;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 上限額管理: the persons under management in a month, who manages, the result entered (from the managing office's
 * 上限額管理結果票) or, at the managing office, the other offices' charges and the allocation computed with the month's
 * claim (the 結果票 to send them); registering who manages from a month on.
 */
@Controller
@RequiresModule("claims")
@PersonalData
@RequestMapping("/offices/{officeId}/claims/cap-management")
class CapManagementPages implements PageController {
    private final CapManagementService caps;
    private final CapResultSheets sheets;
    private final MonthlyClaimService claims;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;
    private final TransactionTemplate tx;

    CapManagementPages(CapManagementService caps, MonthlyClaimService claims, Offices offices, PageForms forms, Clock clock,
                       PlatformTransactionManager transactions, CapResultSheets sheets) {
        this.sheets = sheets;
        this.caps = caps;
        this.claims = claims;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('claims:claim.read')")
    String month(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        YearMonth shown = month == null ? YearMonth.now(clock).minusMonths(1) : month;
        model.addAttribute("office", office);
        model.addAttribute("month", shown);
        model.addAttribute("entries", caps.month(office.id(), shown));
        Map<PersonId, MonthlyClaimService.CapManagement> computed = Map.of();
        if (office.offers(ServiceType.TYPE_B)) {
            try { // the allocation and the checks of the results come with the month's claim (once the month is closed)
                computed = tx.execute(status -> claims.month(office.id(), ServiceType.TYPE_B, shown)).persons().stream()
                        .filter(p -> p.capManagement() != null)
                        .collect(Collectors.toMap(MonthlyClaimService.PersonClaim::personId, MonthlyClaimService.PersonClaim::capManagement));
            } catch (Problem.Invalid notYet) {
                model.addAttribute("notComputed", notYet);
            }
        }
        model.addAttribute("computed", computed);
        model.addAttribute("persons", caps.persons(office.id()));
        model.addAttribute("canManage", can(auth, "claims:cap.manage"));
        return "claims/cap-management";
    }

    /** The 上限額管理結果票 of the month, for the page's link. */
    @GetMapping("/result-sheets.pdf")
    @PreAuthorize("hasAuthority('claims:claim.read')")
    org.springframework.http.ResponseEntity<byte[]> resultSheets(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month,
                                                                 Locale locale) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(sheets.render(offices.require(officeId).id(), month, locale));
    }

    @PostMapping("/register")
    @PreAuthorize("hasAuthority('claims:cap.manage')")
    String register(@PathVariable OfficeId officeId, @ModelAttribute RegisterForm form, Authentication auth, RedirectAttributes redirect,
                    Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, back(officeId, form.fromMonth()), "claims.ui.cap.registered",
                () -> caps.register(office, person(form.personId()), new CapManagementService.RegistrationInput(form.managingOffice(),
                        month("fromMonth", form.fromMonth()), month("toMonth", form.toMonth())), auth.getName()));
    }

    @PostMapping("/end")
    @PreAuthorize("hasAuthority('claims:cap.manage')")
    String end(@PathVariable OfficeId officeId, @ModelAttribute EndForm form, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, back(officeId, form.toMonth()), "claims.ui.cap.ended",
                () -> caps.end(office, parse("registrationId", form.registrationId(), UUID::fromString), month("toMonth", form.toMonth()),
                        auth.getName()));
    }

    @PostMapping("/result")
    @PreAuthorize("hasAuthority('claims:cap.manage')")
    String result(@PathVariable OfficeId officeId, @ModelAttribute ResultForm form, Authentication auth, RedirectAttributes redirect,
                  Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, null, redirect, locale, back(officeId, form.month()), "claims.ui.cap.recorded",
                () -> caps.record(office, person(form.personId()), month("month", form.month()), form.input(), auth.getName()));
    }

    private static String back(OfficeId officeId, String month) {
        String m = month == null ? "" : month.strip();
        return "/offices/" + officeId + "/claims/cap-management" + (m.matches("\\d{4}-\\d{2}") ? "?month=" + m : "");
    }

    private static PersonId person(String text) {
        return parse("personId", text, PersonId::of);
    }

    private static YearMonth month(String field, String text) {
        return text == null || text.isBlank() ? null : parse(field, text, YearMonth::parse);
    }

    private static <T> T parse(String field, String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            throw new Problem.Invalid(field, "claims.profile.required");
        }
        try {
            return parser.apply(text.strip());
        } catch (RuntimeException e) {
            throw new Problem.Invalid(field, "claims.cap.format", text);
        }
    }

    private static Long amount(String field, String text) {
        return text == null || text.isBlank() ? null : parse(field, text.replace(",", ""), Long::valueOf);
    }

    record RegisterForm(String personId, String managingOffice, String fromMonth, String toMonth) {
    }

    record EndForm(String registrationId, String toMonth) {
    }

    /** The month's result as typed: the result and amount, or up to the rows of other offices given (a row left empty is skipped). */
    record ResultForm(String personId, String month, String result, String resultAmount, List<String> otherNumber, List<String> otherName,
                      List<String> otherAmount) {
        CapManagementService.ResultInput input() {
            List<CapManagementService.OtherInput> others = new ArrayList<>();
            int rows = otherNumber == null ? 0 : otherNumber.size();
            for (int i = 0; i < rows; i++) {
                String number = otherNumber.get(i);
                String amount = otherAmount == null || otherAmount.size() <= i ? null : otherAmount.get(i);
                if ((number == null || number.isBlank()) && (amount == null || amount.isBlank())) {
                    continue;
                }
                others.add(new CapManagementService.OtherInput(number, otherName == null || otherName.size() <= i ? null : otherName.get(i),
                        amount("others[" + others.size() + "].amount", amount)));
            }
            Integer r = result == null || result.isBlank() ? null : parse("result", result, Integer::valueOf);
            return new CapManagementService.ResultInput(r, amount("resultAmount", resultAmount), others);
        }
    }
}
