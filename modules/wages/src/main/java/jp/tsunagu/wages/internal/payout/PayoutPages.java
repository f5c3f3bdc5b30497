package jp.tsunagu.wages.internal.payout;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.Downloads;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForms;
import jp.tsunagu.web.zengin.ZenginTransferFile.AccountType;
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
 * 工賃の支払: a closed month's payout (who is paid how, the 総合振込 file, the receipts to print, a receipt on paper), a
 * cash receipt signed on the tablet, and a user's payment method; the forms bind the API's records.
 */
@Controller
@RequiresModule("wages")
@PersonalData
@RequestMapping("/offices/{officeId}/wages/payout")
class PayoutPages implements PageController {
    private final PayoutService payouts;
    private final PaymentMethodService methods;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    PayoutPages(PayoutService payouts, PaymentMethodService methods, Offices offices, PageForms forms, Clock clock) {
        this.payouts = payouts;
        this.methods = methods;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('wages:payout.read')")
    String month(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month, Model model, Authentication auth,
                 Locale locale) {
        OfficeSummary office = offices.require(officeId);
        YearMonth m = month == null ? YearMonth.now(clock).minusMonths(1) : month;
        model.addAttribute("office", office);
        model.addAttribute("month", m);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("requester", methods.requester(office.id()).orElse(null));
        model.addAttribute("accountTypes", AccountType.values());
        model.addAttribute("canWrite", can(auth, "wages:payout.write"));
        try {
            MonthPayout payout = payouts.payout(office.id(), m);
            model.addAttribute("payout", payout);
            model.addAttribute("transferTotal", MonthPayout.total(payout.transfers()));
            model.addAttribute("cashTotal", MonthPayout.total(payout.cash()));
        } catch (Problem refused) {
            model.addAttribute("error", forms.text(refused, locale));
        }
        return "wages/payout";
    }

    @GetMapping("/bank-file")
    @PreAuthorize("hasAuthority('wages:payout.read')")
    ResponseEntity<byte[]> bankFile(@PathVariable OfficeId officeId, @RequestParam YearMonth month, @RequestParam LocalDate transferDate) {
        PayoutService.BankFile file = payouts.bankFile(offices.require(officeId).id(), month, transferDate);
        return Downloads.file(file.bytes(), file.filename());
    }

    @GetMapping("/receipts.pdf")
    @PreAuthorize("hasAuthority('wages:payout.read')")
    ResponseEntity<byte[]> receipts(@PathVariable OfficeId officeId, @RequestParam YearMonth month, Locale locale) {
        return Downloads.pdf(payouts.receiptsPdf(offices.require(officeId).id(), month, locale), "juryosho-" + month + ".pdf");
    }

    /** The receipt of one user, signed on the tablet: the amount and the month, and a box to sign in. */
    @GetMapping("/{personId}/receipt")
    @PreAuthorize("hasAuthority('wages:payout.write')")
    String receipt(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam YearMonth month, Model model) {
        OfficeSummary office = offices.require(officeId);
        model.addAttribute("office", office);
        model.addAttribute("month", month);
        model.addAttribute("line", payouts.line(office.id(), month, personId));
        return "wages/receipt-sign";
    }

    @PostMapping("/{personId}/receipt")
    @PreAuthorize("hasAuthority('wages:payout.write')")
    String recordReceipt(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam YearMonth month,
                         @Valid @ModelAttribute PayoutController.ReceiptRequest form, BindingResult binding, Authentication auth,
                         RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId, month), "wages.ui.payout.receiptRecorded",
                () -> payouts.recordReceipt(office, month, personId, form.method(), form.signature(), form.receivedOn(), auth.getName()));
    }

    @PostMapping("/requester")
    @PreAuthorize("hasAuthority('wages:payout.write')")
    String saveRequester(@PathVariable OfficeId officeId, @RequestParam YearMonth month,
                         @Valid @ModelAttribute PaymentMethodController.RequesterRequest form, BindingResult binding, Authentication auth,
                         RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId, month), "wages.ui.payout.requesterSaved",
                () -> methods.saveRequester(office, form.code(), form.account(), auth.getName()));
    }

    /** A user's payment methods (the versions) and the form of a new one. */
    @GetMapping("/methods/{personId}")
    @PreAuthorize("hasAuthority('wages:payout.read')")
    String method(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam YearMonth month, Model model,
                  Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        String name = methods.name(office.id(), personId, month);
        model.addAttribute("office", office);
        model.addAttribute("month", month);
        model.addAttribute("personId", personId);
        model.addAttribute("name", name);
        model.addAttribute("versions", methods.versions(office.id(), personId));
        model.addAttribute("accountTypes", AccountType.values());
        model.addAttribute("kinds", PaymentMethod.Kind.values());
        model.addAttribute("canWrite", can(auth, "wages:payout.write"));
        return "wages/payment-method";
    }

    @PostMapping("/methods/{personId}")
    @PreAuthorize("hasAuthority('wages:payout.write')")
    String saveMethod(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam YearMonth month,
                      @Valid @ModelAttribute PaymentMethodController.MethodRequest form, BindingResult binding, Authentication auth,
                      RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        String back = "/offices/" + officeId + "/wages/payout/methods/" + personId + "?month=" + month;
        return forms.submit(form, binding, redirect, locale, back, "wages.ui.payout.methodSaved",
                () -> methods.save(office, personId, form.effectiveMonth(), form.method(), form.account(), auth.getName()));
    }

    private static String back(OfficeId officeId, YearMonth month) {
        return "/offices/" + officeId + "/wages/payout?month=" + month;
    }
}
