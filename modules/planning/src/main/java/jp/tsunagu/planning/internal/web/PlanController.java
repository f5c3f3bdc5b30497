package jp.tsunagu.planning.internal.web;

import jp.tsunagu.kernel.PersonId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.internal.PersonService;
import jp.tsunagu.planning.internal.PlanService;
import jp.tsunagu.planning.internal.domain.Monitoring;
import jp.tsunagu.planning.internal.domain.PlanConsent;
import jp.tsunagu.planning.internal.domain.PlanContent;
import jp.tsunagu.planning.internal.domain.PlanMeeting;
import jp.tsunagu.planning.internal.domain.PlanState;
import jp.tsunagu.planning.internal.domain.SupportPlanVersion;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 個別支援計画 of an office: create, edit a draft, meeting, consent, delivery, revise, monitor; the due dashboard. */
@RestController
@RequiresModule("planning")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}")
class PlanController {

    private final PlanService plans;
    private final PersonService persons;
    private final Clock clock;

    PlanController(PlanService plans, PersonService persons, Clock clock) {
        this.plans = plans;
        this.persons = persons;
        this.clock = clock;
    }

    @GetMapping("/persons/{personId}/plans")
    @PreAuthorize("hasAuthority('planning:plan.read')")
    List<PlanResponse> forPerson(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return plans.forPerson(officeId, personId).stream().map(PlanResponse::of).toList();
    }

    @PostMapping("/persons/{personId}/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('planning:plan.write')")
    PlanResponse create(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody NewPlan request,
                        Principal user) {
        return PlanResponse.of(plans.create(officeId, personId, request.serviceType(),
                request.content() == null ? PlanContent.empty() : request.content().domain(), user.getName()));
    }

    @GetMapping("/plans/{planId}")
    @PreAuthorize("hasAuthority('planning:plan.read')")
    PlanResponse read(@PathVariable OfficeId officeId, @PathVariable UUID planId) {
        return PlanResponse.of(plans.read(officeId, planId));
    }

    @PutMapping("/plans/{planId}/versions/{number}")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    PlanResponse edit(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number,
                      @Valid @RequestBody Content content, Principal user) {
        return PlanResponse.of(plans.edit(officeId, planId, number, content.domain(), user.getName()));
    }

    @PostMapping("/plans/{planId}/versions/{number}/meeting")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    PlanResponse meeting(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number,
                         @Valid @RequestBody Meeting meeting, Principal user) {
        return PlanResponse.of(plans.recordMeeting(officeId, planId, number,
                meeting.domain(), user.getName()));
    }

    @PostMapping("/plans/{planId}/versions/{number}/consent")
    @PreAuthorize("hasAuthority('planning:plan.approve')")
    PlanResponse consent(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number,
                         @Valid @RequestBody Consent consent, Principal user) {
        return PlanResponse.of(plans.recordConsent(officeId, planId, number,
                consent.domain(), user.getName()));
    }

    @PostMapping("/plans/{planId}/versions/{number}/delivery")
    @PreAuthorize("hasAuthority('planning:plan.approve')")
    PlanResponse deliver(@PathVariable OfficeId officeId, @PathVariable UUID planId, @PathVariable int number,
                         @Valid @RequestBody Delivery delivery, Principal user) {
        return PlanResponse.of(plans.deliver(officeId, planId, number, delivery.deliveredOn(),
                delivery.specialistCopyOn(), user.getName()));
    }

    @PostMapping("/plans/{planId}/revisions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('planning:plan.write')")
    PlanResponse revise(@PathVariable OfficeId officeId, @PathVariable UUID planId, Principal user) {
        return PlanResponse.of(plans.revise(officeId, planId, user.getName()));
    }

    @PostMapping("/plans/{planId}/monitorings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('planning:plan.write')")
    PlanResponse monitor(@PathVariable OfficeId officeId, @PathVariable UUID planId, @Valid @RequestBody MonitoringRequest m,
                         Principal user) {
        return PlanResponse.of(plans.recordMonitoring(officeId, planId, m.monitoredOn(),
                Boolean.TRUE.equals(m.interviewed()), m.goalProgress(), m.satisfaction(), m.wishes(), Boolean.TRUE.equals(m.planChangeNeeded()), m.notes(), user.getName()));
    }

    /** Monitorings due in the next 30 days (or {@code days}) and overdue ones, for the office. */
    @GetMapping("/monitoring-due")
    @PreAuthorize("hasAuthority('planning:plan.read')")
    List<PlanService.Due> due(@PathVariable OfficeId officeId, @RequestParam(required = false) LocalDate date,
                              @RequestParam(defaultValue = "30") @Min(0) @Max(366) int days) {
        OfficeId office = officeId;
        return plans.due(office, date == null ? LocalDate.now(clock) : date, days, persons.servedBy(office));
    }

    record NewPlan(@NotNull ServiceType serviceType, @Valid Content content) {
    }

    record Content(@Size(max = 2000) String personWishes, @Size(max = 2000) String familyWishes,
                   @Size(max = 2000) String overallPolicy, @Size(max = 1000) String longTermGoal,
                   @Size(max = 10) List<@Valid Goal> shortTermGoals, @Size(max = 30) List<@Valid Item> items,
                   @Size(max = 2000) String unmetNeeds, @Size(max = 4000) String notes) {
        PlanContent domain() {
            return new PlanContent(personWishes, familyWishes, overallPolicy, longTermGoal,
                    shortTermGoals == null ? List.of() : shortTermGoals.stream().map(g -> new PlanContent.Goal(g.goal(), g.targetDate())).toList(),
                    items == null ? List.of() : items.stream().map(i -> new PlanContent.SupportItem(i.priority(), i.need(), i.goal(),
                            i.content(), i.frequency(), i.personRole(), i.staffInCharge(), i.evaluationDate())).toList(),
                    unmetNeeds, notes);
        }
    }

    record Goal(@NotBlank @Size(max = 500) String goal, LocalDate targetDate) {
    }

    record Item(@Min(1) @Max(99) int priority, @NotBlank @Size(max = 500) String need, @Size(max = 500) String goal,
                @Size(max = 1000) String content, @Size(max = 100) String frequency, @Size(max = 500) String personRole,
                @Size(max = 100) String staffInCharge, LocalDate evaluationDate) {
    }

    record Meeting(@NotNull LocalDate heldOn, @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 50) String> attendees,
                   @NotNull Boolean personAttended, @Size(max = 4000) String opinions) {
        PlanMeeting domain() {
            return new PlanMeeting(heldOn, attendees, Boolean.TRUE.equals(personAttended), opinions);
        }
    }

    record Consent(@NotBlank @Size(max = 50) String agreedBy, @Size(max = 20) String relation, @NotNull LocalDate agreedOn,
                   @NotNull PlanConsent.Method method, Boolean electronicMethodAgreed) {
        PlanConsent domain() {
            return new PlanConsent(agreedBy, relation, agreedOn, method, Boolean.TRUE.equals(electronicMethodAgreed));
        }
    }

    record Delivery(@NotNull LocalDate deliveredOn, LocalDate specialistCopyOn) {
    }

    record Progress(@NotBlank @Size(max = 500) String goal, @Size(max = 2000) String progress) {
    }

    record MonitoringRequest(@NotNull LocalDate monitoredOn, @NotNull Boolean interviewed, @Size(max = 20) List<@Valid Progress> progress,
                             @Size(max = 2000) String satisfaction, @Size(max = 2000) String wishes,
                             @NotNull Boolean planChangeNeeded, @Size(max = 4000) String notes) {
        List<Monitoring.GoalProgress> goalProgress() {
            return progress == null ? List.of() : progress.stream().map(p -> new Monitoring.GoalProgress(p.goal(), p.progress())).toList();
        }
    }

    record VersionResponse(int number, PlanState state, PlanContent content, PlanMeeting meeting, PlanConsent consent,
                           LocalDate deliveredOn, LocalDate specialistCopyOn, String updatedBy) {
        static VersionResponse of(SupportPlanVersion v) {
            return new VersionResponse(v.number(), v.state(), v.content(), v.meeting(), v.consent(), v.deliveredOn(),
                    v.specialistCopyOn(), v.updatedBy());
        }
    }

    record MonitoringResponse(LocalDate monitoredOn, int planVersion, boolean interviewed, List<Monitoring.GoalProgress> progress,
                              String satisfaction, String wishes, boolean planChangeNeeded, String notes, String recordedBy) {
        static MonitoringResponse of(Monitoring m) {
            return new MonitoringResponse(m.monitoredOn(), m.planVersion(), m.interviewed(), m.progress(), m.satisfaction(),
                    m.wishes(), m.planChangeNeeded(), m.notes(), m.recordedBy());
        }
    }

    record PlanResponse(UUID id, PersonId personId, String personName, ServiceType serviceType, List<VersionResponse> versions,
                        List<MonitoringResponse> monitorings, LocalDate nextMonitoringDue, Integer monitoringIntervalMonths) {
        static PlanResponse of(PlanService.PlanView v) {
            return new PlanResponse(v.plan().id(), new PersonId(v.plan().personId()), v.person().fullName(), v.plan().serviceType(),
                    v.versions().stream().map(VersionResponse::of).toList(),
                    v.monitorings().stream().map(MonitoringResponse::of).toList(), v.nextMonitoringDue(), v.monitoringIntervalMonths());
        }
    }
}
