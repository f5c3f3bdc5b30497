package jp.tsunagu.employment.internal.transfer;

import jakarta.validation.Valid;
import java.util.Locale;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForms;
import jp.tsunagu.web.zengin.ZenginTransferFile.AccountType;
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
 * 給与振込口座: every worker with their account (the number masked) or 未登録, the form to record one, and the office's
 * 振込依頼人 (委託者コード and the account paid from) that the 全銀 給与振込 file is written for. Names in kana may be
 * typed full-width or in hiragana; a field the file cannot carry is refused naming it, nothing stored.
 */
@Controller
@RequiresModule("employment")
@PersonalData
@RequestMapping("/offices/{officeId}/employment/bank-accounts")
class BankAccountPages implements PageController {
    private final PayrollTransferService transfers;
    private final Offices offices;
    private final PageForms forms;

    BankAccountPages(PayrollTransferService transfers, Offices offices, PageForms forms) {
        this.transfers = transfers;
        this.offices = offices;
        this.forms = forms;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    String accounts(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        model.addAttribute("office", office);
        model.addAttribute("payees", transfers.payees(office.id()));
        model.addAttribute("requester", transfers.requester(office.id()).orElse(null));
        model.addAttribute("accountTypes", AccountType.values());
        model.addAttribute("requesterTypes", java.util.List.of(AccountType.ORDINARY, AccountType.CURRENT)); // the header admits no 貯蓄
        model.addAttribute("canWrite", can(auth, "employment:payroll.close"));
        return "employment/bank-accounts";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    String save(@PathVariable OfficeId officeId, @RequestParam PersonId personId, @Valid @ModelAttribute PayrollTransferController.AccountRequest form,
                BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        redirect.addFlashAttribute("selectedPerson", personId.value()); // a refused form comes back for the same worker
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/employment/bank-accounts", "employment.ui.accountSaved",
                () -> transfers.saveAccount(office, personId, form.entered(), auth.getName()));
    }

    @PostMapping("/requester")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    String requester(@PathVariable OfficeId officeId, @Valid @ModelAttribute PayrollTransferController.RequesterRequest form, BindingResult binding,
                     Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/employment/bank-accounts", "employment.ui.requesterSaved",
                () -> transfers.saveRequester(office, form.code(), form.entered(), auth.getName()));
    }
}
