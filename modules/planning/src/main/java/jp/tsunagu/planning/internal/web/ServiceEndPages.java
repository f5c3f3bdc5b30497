package jp.tsunagu.planning.internal.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.internal.ServiceEndService;
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

/** 利用終了 from the person's page: the end with its reason, and the checklist's tasks marked done. */
@Controller
@RequiresModule("planning")
@PersonalData
@RequestMapping("/offices/{officeId}/planning/persons/{personId}/ends")
class ServiceEndPages implements PageController {
    private final ServiceEndService ends;
    private final PlanningPageSupport pages;
    private final PageForms forms;

    ServiceEndPages(ServiceEndService ends, PlanningPageSupport pages, PageForms forms) {
        this.ends = ends;
        this.pages = pages;
        this.forms = forms;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    String end(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @ModelAttribute ServiceEndController.EndRequest form,
               BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, PlanningPageSupport.person(officeId, personId), "planning.ui.ended",
                () -> ends.end(office, personId, form.endedOn(), form.reason(), form.note(), auth.getName()));
    }

    @PostMapping("/{endId}/tasks/{taskId}")
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    String taskDone(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable UUID endId, @PathVariable UUID taskId,
                    @Valid @ModelAttribute ServiceEndController.TaskDone form, BindingResult binding, Authentication auth,
                    RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, PlanningPageSupport.person(officeId, personId), "planning.ui.taskDone",
                () -> ends.taskDone(office, personId, endId, taskId, form.doneOn(), auth.getName()));
    }
}
