package jp.tsunagu.employment.internal.minimumwage;

import jakarta.validation.Valid;
import java.util.Locale;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The permit form of the contracts page: a 減額特例 permit bound to the API's request record, recorded and back to the
 * contracts page (which lists the permits), or refused there with the rule's text and the form as typed.
 */
@Controller
@RequiresModule("employment")
@PersonalData
@RequestMapping("/offices/{officeId}/employment/permits")
class PermitPages implements PageController {
    private final PermitService permits;
    private final Offices offices;
    private final PageForms forms;

    PermitPages(PermitService permits, Offices offices, PageForms forms) {
        this.permits = permits;
        this.offices = offices;
        this.forms = forms;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('employment:contract.write')")
    String add(@PathVariable OfficeId officeId, @Valid @ModelAttribute PermitController.PermitRequest form, BindingResult binding,
               Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/employment/contracts",
                "employment.ui.permitSaved", () -> permits.add(office, new PersonId(form.personId()), form.permitNumber(),
                        form.reductionPercent(), form.validFrom(), form.validTo(), auth.getName()));
    }
}
