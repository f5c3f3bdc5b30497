package jp.tsunagu.planning.internal.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.internal.CertificateService;
import jp.tsunagu.planning.internal.ContractService;
import jp.tsunagu.planning.internal.PersonService;
import jp.tsunagu.planning.internal.PlanService;
import jp.tsunagu.planning.internal.ServiceEndService;
import jp.tsunagu.planning.internal.ServiceUsePlanService;
import jp.tsunagu.planning.internal.assessment.AssessmentService;
import jp.tsunagu.planning.internal.domain.DisabilityCertificate;
import jp.tsunagu.planning.internal.domain.EmergencyContact;
import jp.tsunagu.planning.internal.domain.FamilyMember;
import jp.tsunagu.planning.internal.domain.ServiceEnd;
import jp.tsunagu.planning.internal.domain.SupportLevel;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForm;
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

/** 利用者台帳: the office's persons in kana order, registering one, and a person's page with everything about them. */
@Controller
@RequiresModule("planning")
@PersonalData
@RequestMapping("/offices/{officeId}/planning/persons")
class PersonPages implements PageController {
    private final PersonService persons;
    private final PlanService plans;
    private final CertificateService certificates;
    private final ContractService contracts;
    private final AssessmentService assessments;
    private final ServiceEndService ends;
    private final ServiceUsePlanService usePlans;
    private final Rules rules;
    private final PlanningPageSupport pages;
    private final PageForms forms;
    private final jp.tsunagu.web.ModulePanels panels;
    private final Clock clock;

    PersonPages(PersonService persons, PlanService plans, CertificateService certificates, ContractService contracts,
                AssessmentService assessments, ServiceEndService ends, ServiceUsePlanService usePlans, Rules rules,
                PlanningPageSupport pages, PageForms forms, jp.tsunagu.web.ModulePanels panels, Clock clock) {
        this.panels = panels;
        this.persons = persons;
        this.plans = plans;
        this.certificates = certificates;
        this.contracts = contracts;
        this.assessments = assessments;
        this.ends = ends;
        this.usePlans = usePlans;
        this.rules = rules;
        this.pages = pages;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('planning:person.read')")
    String persons(@PathVariable OfficeId officeId, @RequestParam(required = false) String q, Model model, Authentication auth) {
        OfficeSummary office = pages.office(officeId);
        model.addAttribute("office", office);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("persons", persons.search(office.id(), q));
        model.addAttribute("canManage", can(auth, "planning:person.manage"));
        model.addAttribute("supportLevels", SupportLevel.values());
        return "planning/persons";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('planning:person.manage')")
    String register(@PathVariable OfficeId officeId, @Valid @ModelAttribute PersonController.PersonRequest form, BindingResult binding,
                    Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submitTo(form, binding, redirect, locale, PlanningPageSupport.persons(officeId), null,
                () -> PlanningPageSupport.person(officeId, persons.register(office, form.details(), auth.getName()).id()));
    }

    @GetMapping("/{personId}")
    @PreAuthorize("hasAuthority('planning:person.read')")
    String person(@PathVariable OfficeId officeId, @PathVariable PersonId personId, Model model, Authentication auth,
                  java.util.Locale locale) {
        OfficeSummary office = pages.office(officeId);
        var person = persons.read(office.id(), personId);
        // what the modules on at the office know of the person (the usage period's end and warnings, say)
        model.addAttribute("panels", panels.forPerson(office, personId, auth, locale));
        boolean readsPlans = can(auth, "planning:plan.read");
        model.addAttribute("office", office);
        model.addAttribute("person", person);
        model.addAttribute("details", person.details());
        model.addAttribute("personVersion", person.version());
        model.addAttribute("supportLevels", SupportLevel.values());
        model.addAttribute("contactRows", PlanningPageSupport.padded(person.details().emergencyContacts(), 2, new EmergencyContact(null, null, null)));
        model.addAttribute("familyRows", PlanningPageSupport.padded(person.details().familyMembers(), 3, new FamilyMember(null, null, false, null)));
        model.addAttribute("handbookRows", PlanningPageSupport.padded(person.details().disabilityCertificates(), 2,
                new DisabilityCertificate(null, null, null, null)));
        model.addAttribute("handbookKinds", DisabilityCertificate.Kind.values());
        model.addAttribute("canManage", can(auth, "planning:person.manage"));
        model.addAttribute("plans", readsPlans ? plans.forPerson(office.id(), personId) : List.of());
        model.addAttribute("serviceTypes", office.capacities().keySet());
        model.addAttribute("canWrite", can(auth, "planning:plan.write"));
        model.addAttribute("canEnter", can(auth, "planning:certificate.manage"));
        model.addAttribute("certificates", certificates.forPerson(office.id(), personId));
        model.addAttribute("contracts", contracts.forPerson(office.id(), personId));
        model.addAttribute("assessments", readsPlans ? assessments.list(office.id(), personId, false) : List.of());
        model.addAttribute("todayIso", LocalDate.now(clock));
        model.addAttribute("ends", ends.ofPerson(office.id(), personId));
        model.addAttribute("reasons", ServiceEnd.Reason.values());
        boolean consultation = office.offers(ServiceType.CONSULTATION);
        model.addAttribute("consultation", consultation);
        if (consultation) {
            model.addAttribute("usePlans", usePlans.ofPerson(office.id(), personId));
            model.addAttribute("periods", rules.on(LocalDate.now(clock)).rows("service-use-plan-monitoring").stream()
                    .map(r -> new Period(r.integer("months"), r.text("label"))).toList());
        }
        return "planning/person";
    }

    /** Changes a person's details, contacts, family and disability certificates (refused if someone changed them first). */
    @PostMapping("/{personId}")
    @PreAuthorize("hasAuthority('planning:person.manage')")
    String change(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @ModelAttribute PersonForm form,
                  BindingResult binding, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, PlanningPageSupport.person(officeId, personId), "planning.ui.personChanged",
                (PersonController.PersonRequest request) -> persons.change(office, personId, request.details(),
                        form.version() == null ? -1 : form.version()));
    }

    record Period(int months, String label) {
    }

    /** The person form: the API's fields, with rows the user may leave blank (left out) and the version they saw. */
    record PersonForm(String familyName, String givenName, String familyNameKana, String givenNameKana, LocalDate birthDate,
                      String postalCode, String address, String phone, String email, SupportLevel supportLevel, Integer pensionGrade,
                      List<PersonController.Contact> emergencyContacts, List<PersonController.Family> familyMembers,
                      List<PersonController.Certificate> disabilityCertificates, Long version)
            implements PageForm<PersonController.PersonRequest> {
        @Override
        public PersonController.PersonRequest request() {
            return new PersonController.PersonRequest(familyName, givenName, familyNameKana, givenNameKana, birthDate, postalCode,
                    address, phone, email, supportLevel, pensionGrade,
                    filled(emergencyContacts, c -> c.name() != null || c.phone() != null),
                    filled(familyMembers, f -> f.name() != null),
                    filled(disabilityCertificates, c -> c.kind() != null));
        }

        private static <T> List<T> filled(List<T> rows, java.util.function.Predicate<T> filled) {
            return rows == null ? List.of() : rows.stream().filter(r -> r != null && filled.test(r)).toList();
        }
    }

}
