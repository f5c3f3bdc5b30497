package jp.tsunagu.planning.internal.web;

import jp.tsunagu.kernel.PersonId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.internal.PersonService;
import jp.tsunagu.planning.internal.PlanService;
import jp.tsunagu.planning.internal.domain.Monitoring;
import jp.tsunagu.planning.internal.domain.PersonDetails;
import jp.tsunagu.planning.internal.domain.PlanConsent;
import jp.tsunagu.planning.internal.domain.PlanContent;
import jp.tsunagu.planning.internal.domain.PlanMeeting;
import jp.tsunagu.planning.internal.domain.SupportLevel;
import jp.tsunagu.planning.internal.domain.SupportPlanVersion;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The planning pages of an office, in Japanese (English on request): persons by kana, a person's plans, the
 * plan editor with the cycle's steps (meeting, consent, delivery, revision, monitoring), the A4 PDF of a
 * version, and the monitoring dashboard. Refusals come back as the page's message, naming the rule.
 */
@Controller
@RequiresModule("planning")
@PersonalData
@RequestMapping("/offices/{officeId}/planning")
class PlanningPages implements PageController {

    private final PersonService persons;
    private final PlanService plans;
    private final jp.tsunagu.planning.internal.CertificateService certificates;
    private final jp.tsunagu.planning.internal.ContractService contracts;
    private final jp.tsunagu.planning.internal.assessment.AssessmentService assessments;
    private final jp.tsunagu.planning.internal.ServiceEndService ends;
    private final jp.tsunagu.planning.internal.ServiceUsePlanService usePlans;
    private final jp.tsunagu.rules.Rules rules;
    private final Offices offices;
    private final MessageSource messages;
    private final TemplateEngine templates;
    private final PdfDocuments pdf;
    private final Clock clock;

    PlanningPages(PersonService persons, PlanService plans, jp.tsunagu.planning.internal.CertificateService certificates,
                  jp.tsunagu.planning.internal.ContractService contracts, jp.tsunagu.planning.internal.assessment.AssessmentService assessments,
                  jp.tsunagu.planning.internal.ServiceEndService ends, jp.tsunagu.planning.internal.ServiceUsePlanService usePlans,
                  jp.tsunagu.rules.Rules rules, Offices offices, MessageSource messages, TemplateEngine templates, PdfDocuments pdf, Clock clock) {
        this.persons = persons;
        this.plans = plans;
        this.certificates = certificates;
        this.contracts = contracts;
        this.assessments = assessments;
        this.ends = ends;
        this.usePlans = usePlans;
        this.rules = rules;
        this.offices = offices;
        this.messages = messages;
        this.templates = templates;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/persons")
    @PreAuthorize("hasAuthority('planning:person.read')")
    String persons(@PathVariable OfficeId officeId, @RequestParam(required = false) String q, Model model, Authentication auth) {
        OfficeSummary office = office(officeId);
        model.addAttribute("office", office);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("persons", persons.search(office.id(), q).stream()
                .map(p -> new PersonRow(p.id(), p.fullName(), p.fullNameKana(), JapaneseDates.withIso(p.details().birthDate()))).toList());
        model.addAttribute("canManage", can(auth, "planning:person.manage"));
        model.addAttribute("supportLevels", SupportLevel.values());
        return "planning/persons";
    }

    @PostMapping("/persons")
    @PreAuthorize("hasAuthority('planning:person.manage')")
    String register(@PathVariable OfficeId officeId, @RequestParam MultiValueMap<String, String> form, Authentication auth,
                    RedirectAttributes redirect, Locale locale) {
        OfficeSummary office = office(officeId);
        try {
            var person = persons.register(office.id(), new PersonDetails(text(form, "familyName"), text(form, "givenName"),
                    text(form, "familyNameKana"), text(form, "givenNameKana"), date(form, "birthDate"), null, text(form, "address"),
                    text(form, "phone"), null, blank(form, "supportLevel") ? null : SupportLevel.valueOf(text(form, "supportLevel")),
                    null, List.of(), List.of(), List.of()), auth.getName());
            return "redirect:/offices/" + officeId + "/planning/persons/" + person.id();
        } catch (Problem problem) {
            redirect.addFlashAttribute("error", message(problem, locale));
            return "redirect:/offices/" + officeId + "/planning/persons";
        }
    }

    @GetMapping("/persons/{personId}")
    @PreAuthorize("hasAuthority('planning:person.read')")
    String person(@PathVariable OfficeId officeId, @PathVariable PersonId personId, Model model, Authentication auth) {
        OfficeSummary office = office(officeId);
        var person = persons.read(office.id(), personId);
        model.addAttribute("office", office);
        model.addAttribute("person", person);
        model.addAttribute("details", person.details());
        model.addAttribute("birthDate", JapaneseDates.withIso(person.details().birthDate()));
        model.addAttribute("personVersion", person.version());
        model.addAttribute("supportLevels", SupportLevel.values());
        model.addAttribute("contactRows", padded(person.details().emergencyContacts(), 2,
                new jp.tsunagu.planning.internal.domain.EmergencyContact(null, null, null)));
        model.addAttribute("familyRows", padded(person.details().familyMembers(), 3,
                new jp.tsunagu.planning.internal.domain.FamilyMember(null, null, false, null)));
        model.addAttribute("handbookRows", padded(person.details().disabilityCertificates(), 2,
                new jp.tsunagu.planning.internal.domain.DisabilityCertificate(null, null, null, null)));
        model.addAttribute("handbookKinds", jp.tsunagu.planning.internal.domain.DisabilityCertificate.Kind.values());
        model.addAttribute("canManage", can(auth, "planning:person.manage"));
        List<PlanRow> rows = new ArrayList<>();
        if (can(auth, "planning:plan.read")) {
            for (var view : plans.forPerson(office.id(), personId)) {
                SupportPlanVersion newest = view.versions().getLast();
                rows.add(new PlanRow(view.plan().id(), view.plan().serviceType(), newest.number(), newest.state().name(),
                        view.nextMonitoringDue() == null ? null : JapaneseDates.withIso(view.nextMonitoringDue())));
            }
        }
        model.addAttribute("plans", rows);
        model.addAttribute("serviceTypes", office.capacities().keySet());
        model.addAttribute("canWrite", can(auth, "planning:plan.write"));
        model.addAttribute("canEnter", can(auth, "planning:certificate.manage"));
        model.addAttribute("certificates", certificates.forPerson(office.id(), personId).stream().map(c -> new CertificateRow(
                c.certificate().id(), c.certificate().certificateNumber(), c.certificate().municipalityName(),
                JapaneseDates.withIso(c.certificate().validFrom()) + " 〜 " + JapaneseDates.withIso(c.certificate().validTo()),
                c.decisions().stream().map(d -> d.serviceType().name() + ":" + (d.amountKind().name().equals("DAYS")
                        ? d.daysPerMonth() + "" : "STANDARD_DAYS")).toList())).toList());
        model.addAttribute("contracts", contracts.forPerson(office.id(), personId).stream().map(c -> new ContractRow(
                c.contract().serviceType(), JapaneseDates.withIso(c.contract().startDate()),
                c.contract().endDate() == null ? null : JapaneseDates.withIso(c.contract().endDate()), c.contract().contractedDays(),
                c.certificateNumber())).toList());
        model.addAttribute("assessments", can(auth, "planning:plan.read") ? assessments.list(office.id(), personId, false).stream()
                .map(a -> new AssessmentRow(JapaneseDates.withIso(a.interviewedOn()), a.assessor(), a.sheet().personWishes()))
                .toList() : List.of());
        model.addAttribute("todayIso", LocalDate.now(clock).toString());
        model.addAttribute("ends", ends.ofPerson(office.id(), personId).stream().map(e -> new EndRow(e.id(),
                JapaneseDates.withIso(e.endedOn()), e.reason().name(), e.note(), e.tasks().stream().map(t -> new TaskRow(t.id(),
                        t.kind().name(), t.doneOn() == null ? null : JapaneseDates.withIso(t.doneOn()), t.doneBy())).toList())).toList());
        model.addAttribute("reasons", jp.tsunagu.planning.internal.domain.ServiceEnd.Reason.values());
        boolean consultation = office.offers(ServiceType.CONSULTATION);
        model.addAttribute("consultation", consultation);
        if (consultation) {
            LocalDate today = LocalDate.now(clock);
            model.addAttribute("usePlans", usePlans.ofPerson(office.id(), personId).stream().map(v -> new UsePlanRow(v.plan().id(),
                    JapaneseDates.withIso(v.plan().draftedOn()), v.plan().state(), v.plan().monitoringMonths(), v.plan().author(),
                    v.plan().content().overallPolicy(), v.nextMonitoringDue() == null ? null : JapaneseDates.withIso(v.nextMonitoringDue())))
                    .toList());
            model.addAttribute("periods", rules.on(today).rows("service-use-plan-monitoring").stream()
                    .map(r -> new Period(r.integer("months"), r.text("label"))).toList());
        }
        return "planning/person";
    }

    @PostMapping("/persons/{personId}/certificates")
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    String certificate(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam MultiValueMap<String, String> form,
                       Authentication auth, RedirectAttributes redirect, Locale locale) {
        return onPerson(officeId, personId, redirect, locale, "planning.ui.certificateEntered", () -> certificates.enter(
                officeId, personId, new jp.tsunagu.planning.internal.domain.CertificateDetails(
                        digits(form, "certificateNumber"), digits(form, "municipalityCode"), text(form, "municipalityName"),
                        required(form, "validFrom"), required(form, "validTo"), number(form, "monthlyCopayCap"),
                        List.of(new jp.tsunagu.planning.internal.domain.DecisionDetails(ServiceType.valueOf(text(form, "serviceType")),
                                jp.tsunagu.planning.internal.domain.AmountKind.valueOf(text(form, "amountKind")),
                                blank(form, "daysPerMonth") ? null : number(form, "daysPerMonth"),
                                required(form, "periodFrom"), required(form, "periodTo"), false, null))), auth.getName()));
    }

    @PostMapping("/persons/{personId}/contracts")
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    String contract(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam MultiValueMap<String, String> form,
                    Authentication auth, RedirectAttributes redirect, Locale locale) {
        return onPerson(officeId, personId, redirect, locale, "planning.ui.contractStarted", () -> contracts.start(
                officeId, personId, new jp.tsunagu.planning.internal.ContractService.NewContract(
                        ServiceType.valueOf(text(form, "serviceType")), required(form, "startDate"), date(form, "endDate"),
                        number(form, "contractedDays"), UUID.fromString(text(form, "certificateId"))), auth.getName()));
    }

    @PostMapping("/persons/{personId}/assessments")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String assessment(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam MultiValueMap<String, String> form,
                      Authentication auth, RedirectAttributes redirect, Locale locale) {
        if (blank(form, "assessor")) {
            redirect.addFlashAttribute("error", "assessor: " + messages.getMessage("NotBlank", new Object[] {"assessor"}, locale));
            return "redirect:/offices/" + officeId + "/planning/persons/" + personId;
        }
        return onPerson(officeId, personId, redirect, locale, "planning.ui.assessmentRecorded", () -> assessments.record(
                officeId, personId, required(form, "interviewedOn"), text(form, "assessor"),
                form.containsKey("purposeExplained"), new jp.tsunagu.planning.internal.assessment.AssessmentSheet(text(form, "health"),
                        text(form, "dailyLiving"), text(form, "workSkills"), text(form, "motivation"), text(form, "concentration"),
                        text(form, "communication"), text(form, "commuting"), text(form, "moneyManagement"),
                        text(form, "supportNetwork"), text(form, "personWishes"), text(form, "familyWishes"),
                        text(form, "vocationalEvaluation")), List.of(), auth.getName()));
    }

    @PostMapping("/persons/{personId}/ends")
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    String end(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam MultiValueMap<String, String> form,
               Authentication auth, RedirectAttributes redirect, Locale locale) {
        return onPerson(officeId, personId, redirect, locale, "planning.ui.ended", () -> ends.end(officeId, personId,
                required(form, "endedOn"), jp.tsunagu.planning.internal.domain.ServiceEnd.Reason.valueOf(text(form, "reason")),
                text(form, "note"), auth.getName()));
    }

    @PostMapping("/persons/{personId}/ends/{endId}/tasks/{taskId}")
    @PreAuthorize("hasAuthority('planning:certificate.manage')")
    String taskDone(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable UUID endId, @PathVariable UUID taskId,
                    @RequestParam MultiValueMap<String, String> form, Authentication auth, RedirectAttributes redirect, Locale locale) {
        return onPerson(officeId, personId, redirect, locale, "planning.ui.taskDone", () -> ends.taskDone(officeId,
                personId, endId, taskId, required(form, "doneOn"), auth.getName()));
    }

    @PostMapping("/persons/{personId}/service-use-plans")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String draftUsePlan(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam MultiValueMap<String, String> form,
                        Authentication auth, RedirectAttributes redirect, Locale locale) {
        return onPerson(officeId, personId, redirect, locale, "planning.ui.usePlanDrafted", () -> {
            if (blank(form, "author")) {
                throw new Problem.Invalid("author", "NotBlank", "author");
            }
            usePlans.draft(officeId, personId, digits(form, "certificateNumber"), text(form, "author"),
                    required(form, "draftedOn"), number(form, "monitoringMonths"), new jp.tsunagu.planning.internal.domain.ServiceUsePlan.Content(
                            text(form, "personWishes"), text(form, "familyWishes"), text(form, "overallPolicy"), text(form, "longTermGoal"),
                            text(form, "shortTermGoal"), blank(form, "issue") ? List.of() : List.of(new jp.tsunagu.planning.internal.domain.ServiceUsePlan.Row(
                                    1, text(form, "issue"), text(form, "goal"), text(form, "targetPeriod"), text(form, "service"),
                                    text(form, "personRole"), date(form, "evaluationDate"), null))), auth.getName());
        });
    }

    @PostMapping("/persons/{personId}/service-use-plans/{planId}/final")
    @PreAuthorize("hasAuthority('planning:plan.approve')")
    String finaliseUsePlan(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable UUID planId,
                           @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect, Locale locale) {
        return onPerson(officeId, personId, redirect, locale, "planning.ui.usePlanFinal", () -> {
            if (blank(form, "agreedBy")) {
                throw new Problem.Invalid("agreedBy", "NotBlank", "agreedBy");
            }
            usePlans.finalise(officeId, planId, text(form, "agreedBy"), required(form, "agreedOn"));
        });
    }

    @PostMapping("/persons/{personId}/service-use-plans/{planId}/monitorings")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String monitorUsePlan(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @PathVariable UUID planId,
                          @RequestParam MultiValueMap<String, String> form, Authentication auth, RedirectAttributes redirect, Locale locale) {
        return onPerson(officeId, personId, redirect, locale, "planning.ui.monitoringRecorded", () -> usePlans.monitor(
                officeId, planId, required(form, "monitoredOn"), form.containsKey("interviewed"), text(form, "notes"),
                form.containsKey("planChangeNeeded"), auth.getName()));
    }

    private String onPerson(OfficeId officeId, PersonId personId, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", messages.getMessage(done, null, locale));
        } catch (Problem problem) {
            redirect.addFlashAttribute("error", message(problem, locale));
        } catch (IllegalArgumentException badChoice) {
            redirect.addFlashAttribute("error", messages.getMessage("validation.type", new Object[] {"form"}, locale));
        }
        return "redirect:/offices/" + officeId + "/planning/persons/" + personId;
    }

    /** Numbers typed with full-width digits (１３１０…) are the same numbers. */
    private static String digits(MultiValueMap<String, String> form, String name) {
        String t = text(form, name);
        return t == null ? null : java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC);
    }

    private static int number(MultiValueMap<String, String> form, String name) {
        try {
            return Integer.parseInt(blank(form, name) ? "" : java.text.Normalizer.normalize(form.getFirst(name).strip(),
                    java.text.Normalizer.Form.NFKC));
        } catch (NumberFormatException e) {
            throw new Problem.Invalid(name, "validation.type", name);
        }
    }

    /** Changes a person's details, contacts, family and disability certificates (refused if someone changed them first). */
    @PostMapping("/persons/{personId}")
    @PreAuthorize("hasAuthority('planning:person.manage')")
    String change(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam MultiValueMap<String, String> form,
                  RedirectAttributes redirect, Locale locale) {
        return onPerson(officeId, personId, redirect, locale, "planning.ui.personChanged", () -> {
            List<jp.tsunagu.planning.internal.domain.EmergencyContact> contacts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (!blank(form, "contactName" + i)) {
                    contacts.add(new jp.tsunagu.planning.internal.domain.EmergencyContact(text(form, "contactName" + i),
                            text(form, "contactRelation" + i), text(form, "contactPhone" + i)));
                }
            }
            List<jp.tsunagu.planning.internal.domain.FamilyMember> family = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (!blank(form, "familyName" + i)) {
                    family.add(new jp.tsunagu.planning.internal.domain.FamilyMember(text(form, "familyName" + i),
                            text(form, "familyRelation" + i), form.containsKey("familyTogether" + i), text(form, "familyNote" + i)));
                }
            }
            List<jp.tsunagu.planning.internal.domain.DisabilityCertificate> handbooks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (!blank(form, "handbookKind" + i)) {
                    handbooks.add(new jp.tsunagu.planning.internal.domain.DisabilityCertificate(
                            jp.tsunagu.planning.internal.domain.DisabilityCertificate.Kind.valueOf(text(form, "handbookKind" + i)),
                            digits(form, "handbookGrade" + i), date(form, "handbookFrom" + i), date(form, "handbookUntil" + i)));
                }
            }
            if (blank(form, "familyName") || blank(form, "givenName")) {
                throw new Problem.Invalid(blank(form, "familyName") ? "familyName" : "givenName", "NotBlank", "name");
            }
            persons.change(officeId, personId, new PersonDetails(text(form, "familyName"), text(form, "givenName"),
                    text(form, "familyNameKana"), text(form, "givenNameKana"), required(form, "birthDate"), text(form, "postalCode"),
                    text(form, "address"), text(form, "phone"), text(form, "email"),
                    blank(form, "supportLevel") ? null : SupportLevel.valueOf(text(form, "supportLevel")),
                    blank(form, "pensionGrade") ? null : number(form, "pensionGrade"), contacts, family, handbooks),
                    Long.parseLong(text(form, "version")));
        });
    }

    @PostMapping("/persons/{personId}/plans")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String newPlan(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam ServiceType serviceType,
                   Authentication auth, RedirectAttributes redirect, Locale locale) {
        try {
            var view = plans.create(office(officeId).id(), personId, serviceType, PlanContent.empty(), auth.getName());
            return "redirect:/offices/" + officeId + "/planning/plans/" + view.plan().id();
        } catch (Problem problem) {
            redirect.addFlashAttribute("error", message(problem, locale));
            return "redirect:/offices/" + officeId + "/planning/persons/" + personId;
        }
    }

    @GetMapping("/plans/{planId}")
    @PreAuthorize("hasAuthority('planning:plan.read')")
    String plan(@PathVariable OfficeId officeId, @PathVariable UUID planId, Model model, Authentication auth) {
        OfficeSummary office = office(officeId);
        var view = plans.read(office.id(), planId);
        SupportPlanVersion current = view.versions().getLast();
        model.addAttribute("office", office);
        model.addAttribute("view", view);
        model.addAttribute("current", current);
        model.addAttribute("content", current.content());
        model.addAttribute("goals", padded(current.content().shortTermGoals(), 3, new PlanContent.Goal(null, null)));
        model.addAttribute("items", padded(current.content().items(), 5,
                new PlanContent.SupportItem(0, null, null, null, null, null, null, null)));
        model.addAttribute("versions", view.versions().stream().map(v -> new VersionRow(v.number(), v.state().name(),
                v.meeting() == null ? null : JapaneseDates.withIso(v.meeting().heldOn()),
                v.consent() == null ? null : JapaneseDates.withIso(v.consent().agreedOn()),
                v.deliveredOn() == null ? null : JapaneseDates.withIso(v.deliveredOn()))).toList());
        model.addAttribute("monitorings", view.monitorings().stream().map(m -> new MonitoringRow(JapaneseDates.withIso(m.monitoredOn()),
                m.planVersion(), m.interviewed(), m.satisfaction(), m.planChangeNeeded())).toList());
        model.addAttribute("nextDue", view.nextMonitoringDue() == null ? null : JapaneseDates.withIso(view.nextMonitoringDue()));
        model.addAttribute("todayIso", LocalDate.now(clock).toString());
        model.addAttribute("canWrite", can(auth, "planning:plan.write"));
        model.addAttribute("canApprove", can(auth, "planning:plan.approve"));
        model.addAttribute("methods", PlanConsent.Method.values());
        return "planning/plan";
    }

    @PostMapping("/plans/{planId}/versions/{number}/content")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String edit(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number,
                @RequestParam MultiValueMap<String, String> form, Authentication auth, RedirectAttributes redirect, Locale locale) {
        return step(officeId, planId, redirect, locale, "planning.ui.saved", () -> {
            List<PlanContent.Goal> goals = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (!blank(form, "goal" + i)) {
                    goals.add(new PlanContent.Goal(text(form, "goal" + i), date(form, "goalDate" + i)));
                }
            }
            List<PlanContent.SupportItem> items = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                if (!blank(form, "need" + i)) {
                    items.add(new PlanContent.SupportItem(items.size() + 1, text(form, "need" + i), text(form, "itemGoal" + i),
                            text(form, "support" + i), text(form, "frequency" + i), text(form, "personRole" + i),
                            text(form, "staff" + i), date(form, "evaluation" + i)));
                }
            }
            plans.edit(officeId, planId, number, new PlanContent(text(form, "personWishes"), text(form, "familyWishes"),
                    text(form, "overallPolicy"), text(form, "longTermGoal"), goals, items, text(form, "unmetNeeds"),
                    text(form, "notes")), auth.getName());
        });
    }

    @PostMapping("/plans/{planId}/versions/{number}/meeting")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String meeting(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number,
                   @RequestParam MultiValueMap<String, String> form, Authentication auth, RedirectAttributes redirect, Locale locale) {
        return step(officeId, planId, redirect, locale, "planning.ui.meetingRecorded", () -> plans.recordMeeting(officeId,
                planId, number, new PlanMeeting(required(form, "heldOn"), lines(form, "attendees"), form.containsKey("personAttended"),
                        text(form, "opinions")), auth.getName()));
    }

    @PostMapping("/plans/{planId}/versions/{number}/consent")
    @PreAuthorize("hasAuthority('planning:plan.approve')")
    String consent(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number,
                   @RequestParam MultiValueMap<String, String> form, Authentication auth, RedirectAttributes redirect, Locale locale) {
        return step(officeId, planId, redirect, locale, "planning.ui.consentRecorded", () -> {
            if (blank(form, "agreedBy")) {
                throw new Problem.Invalid("agreedBy", "NotBlank", "agreedBy");
            }
            plans.recordConsent(officeId, planId, number, new PlanConsent(text(form, "agreedBy"), text(form, "relation"),
                    required(form, "agreedOn"), PlanConsent.Method.valueOf(text(form, "method")),
                    form.containsKey("electronicMethodAgreed")), auth.getName());
        });
    }

    @PostMapping("/plans/{planId}/versions/{number}/delivery")
    @PreAuthorize("hasAuthority('planning:plan.approve')")
    String deliver(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number,
                   @RequestParam MultiValueMap<String, String> form, Authentication auth, RedirectAttributes redirect, Locale locale) {
        return step(officeId, planId, redirect, locale, "planning.ui.delivered", () -> plans.deliver(officeId, planId,
                number, required(form, "deliveredOn"), date(form, "specialistCopyOn"), auth.getName()));
    }

    @PostMapping("/plans/{planId}/revisions")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String revise(@PathVariable OfficeId officeId, @PathVariable UUID planId, Authentication auth, RedirectAttributes redirect,
                  Locale locale) {
        return step(officeId, planId, redirect, locale, "planning.ui.revised",
                () -> plans.revise(officeId, planId, auth.getName()));
    }

    @PostMapping("/plans/{planId}/monitorings")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    String monitor(@PathVariable OfficeId officeId, @PathVariable UUID planId, @RequestParam MultiValueMap<String, String> form,
                   Authentication auth, RedirectAttributes redirect, Locale locale) {
        return step(officeId, planId, redirect, locale, "planning.ui.monitoringRecorded", () -> plans.recordMonitoring(
                officeId, planId, required(form, "monitoredOn"), form.containsKey("interviewed"),
                blank(form, "progress") ? List.of() : List.of(new Monitoring.GoalProgress(text(form, "progressGoal") == null ? "-"
                        : text(form, "progressGoal"), text(form, "progress"))),
                text(form, "satisfaction"), text(form, "wishes"), form.containsKey("planChangeNeeded"), text(form, "notes"),
                auth.getName()));
    }

    /** The A4 PDF of a version, with 和暦 dates and the signature field, to print and hand over. */
    @GetMapping("/plans/{planId}/versions/{number}/pdf")
    @PreAuthorize("hasAuthority('planning:plan.read')")
    ResponseEntity<byte[]> pdf(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number, Locale locale) {
        OfficeSummary office = office(officeId);
        var view = plans.read(office.id(), planId);
        SupportPlanVersion version = view.versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new Problem.NotFound("planning.plan.notFound"));
        Context context = new Context(Locale.JAPANESE);
        context.setVariable("office", office);
        context.setVariable("person", view.person());
        context.setVariable("plan", view.plan());
        context.setVariable("version", version);
        context.setVariable("content", version.content());
        context.setVariable("date", (java.util.function.Function<LocalDate, String>) d -> d == null ? "" : JapaneseDates.era(d));
        context.setVariable("birthDate", JapaneseDates.era(view.person().details().birthDate()));
        context.setVariable("font", PdfDocuments.FONT_FAMILY);
        byte[] document = pdf.render(templates.process("planning/plan-pdf", context));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("support-plan-" + number + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(document);
    }

    @GetMapping("/monitoring")
    @PreAuthorize("hasAuthority('planning:plan.read')")
    String monitoring(@PathVariable OfficeId officeId, @RequestParam(required = false) LocalDate date, Model model) {
        OfficeSummary office = office(officeId);
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        model.addAttribute("office", office);
        model.addAttribute("date", on.toString());
        model.addAttribute("dateLabel", JapaneseDates.withIso(on));
        model.addAttribute("due", plans.due(office.id(), on, 30, persons.servedBy(office.id())).stream()
                .map(d -> new DueRow(d, JapaneseDates.withIso(d.dueOn()), JapaneseDates.withIso(d.lastReview()))).toList());
        return "planning/monitoring";
    }

    private String step(OfficeId officeId, UUID planId, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", messages.getMessage(done, null, locale));
        } catch (Problem problem) {
            redirect.addFlashAttribute("error", message(problem, locale));
        }
        return "redirect:/offices/" + officeId + "/planning/plans/" + planId;
    }

    private String message(Problem problem, Locale locale) {
        String text = messages.getMessage(problem.code(), problem.args(), problem.code(), locale);
        return problem instanceof Problem.Invalid invalid ? invalid.field() + ": " + text : text;
    }

    private OfficeSummary office(OfficeId officeId) {
        return offices.find(officeId).orElseThrow(() -> new Problem.NotFound("office.notFound"));
    }

    private static boolean can(Authentication auth, String privilege) {
        return auth.getAuthorities().stream().anyMatch(a -> privilege.equals(a.getAuthority()));
    }

    private static boolean blank(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null || v.isBlank();
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        return blank(form, name) ? null : form.getFirst(name).strip();
    }

    private static List<String> lines(MultiValueMap<String, String> form, String name) {
        return blank(form, name) ? List.of() : form.getFirst(name).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(MultiValueMap<String, String> form, String name) {
        try {
            return blank(form, name) ? null : LocalDate.parse(form.getFirst(name).strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Problem.Invalid(name, "validation.type", name);
        }
    }

    private static LocalDate required(MultiValueMap<String, String> form, String name) {
        LocalDate d = date(form, name);
        if (d == null) {
            throw new Problem.Invalid(name, "NotNull", name);
        }
        return d;
    }

    private static <T> List<T> padded(List<T> list, int size, T blank) {
        List<T> out = new ArrayList<>(list);
        while (out.size() < size) {
            out.add(blank);
        }
        return out;
    }

    record PersonRow(UUID id, String name, String kana, String birthDate) {
    }

    record EndRow(UUID id, String endedOn, String reason, String note, List<TaskRow> tasks) {
    }

    record TaskRow(UUID id, String kind, String doneOn, String doneBy) {
    }

    record UsePlanRow(UUID id, String draftedOn, String state, int months, String author, String policy, String nextDue) {
    }

    record Period(int months, String label) {
    }

    record CertificateRow(UUID id, String number, String municipality, String validity, List<String> decisions) {
    }

    record ContractRow(ServiceType serviceType, String start, String end, int days, String certificateNumber) {
    }

    record AssessmentRow(String date, String assessor, String personWishes) {
    }

    record PlanRow(UUID id, ServiceType serviceType, int version, String state, String nextDue) {
    }

    record VersionRow(int number, String state, String meeting, String consent, String delivered) {
    }

    record MonitoringRow(String date, int version, boolean interviewed, String satisfaction, boolean planChangeNeeded) {
    }

    record DueRow(PlanService.Due due, String dueLabel, String lastLabel) {
    }
}
