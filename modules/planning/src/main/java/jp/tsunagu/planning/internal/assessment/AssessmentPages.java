package jp.tsunagu.planning.internal.assessment;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForm;
import jp.tsunagu.web.PageForms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** アセスメント recorded from the person's page (the sheet's fields; test results through the API). */
@Controller
@RequiresModule("planning")
@PersonalData
class AssessmentPages implements PageController {
    private final AssessmentService assessments;
    private final Offices offices;
    private final PageForms forms;

    AssessmentPages(AssessmentService assessments, Offices offices, PageForms forms) {
        this.assessments = assessments;
        this.offices = offices;
        this.forms = forms;
    }

    @PostMapping("/offices/{officeId}/planning/persons/{personId}/assessments")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String record(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @ModelAttribute AssessmentForm form,
                  BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/planning/persons/" + personId,
                "planning.ui.assessmentRecorded", (AssessmentController.AssessmentRequest r) -> assessments.record(office, personId,
                        r.interviewedOn(), r.assessor(), r.purposeExplained(), r.sheet().domain(), List.of(), auth.getName()));
    }

    /** The sheet's fields flat, as the page has them; the check box is absent when off. */
    record AssessmentForm(LocalDate interviewedOn, String assessor, Boolean purposeExplained, String health, String dailyLiving,
                          String workSkills, String motivation, String concentration, String communication, String commuting,
                          String moneyManagement, String supportNetwork, String personWishes, String familyWishes,
                          String vocationalEvaluation) implements PageForm<AssessmentController.AssessmentRequest> {
        @Override
        public AssessmentController.AssessmentRequest request() {
            return new AssessmentController.AssessmentRequest(interviewedOn, assessor, Boolean.TRUE.equals(purposeExplained),
                    new AssessmentController.Sheet(health, dailyLiving, workSkills, motivation, concentration, communication, commuting,
                            moneyManagement, supportNetwork, personWishes, familyWishes, vocationalEvaluation), List.of());
        }
    }
}
