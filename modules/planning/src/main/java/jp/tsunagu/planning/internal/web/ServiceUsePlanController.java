package jp.tsunagu.planning.internal.web;

import jp.tsunagu.kernel.PersonId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.internal.ServiceUsePlanService;
import jp.tsunagu.planning.internal.domain.ServiceUseMonitoring;
import jp.tsunagu.planning.internal.domain.ServiceUsePlan;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** サービス等利用計画 of a consultation office: draft, edit, final with consent, monitoring. */
@RestController
@RequiresModule("planning")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}")
class ServiceUsePlanController {
    private final ServiceUsePlanService plans;

    ServiceUsePlanController(ServiceUsePlanService plans) {
        this.plans = plans;
    }

    @PostMapping("/persons/{personId}/service-use-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('planning:plan.write')")
    PlanView draft(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody Draft d, Principal user) {
        return PlanView.of(plans.draft(officeId, personId, d.certificateNumber(), d.author(), d.draftedOn(),
                d.monitoringMonths(), d.content() == null ? new ServiceUsePlan.Content(null, null, null, null, null, List.of())
                        : d.content().domain(), user.getName()));
    }

    @GetMapping("/persons/{personId}/service-use-plans")
    @PreAuthorize("hasAuthority('planning:plan.read')")
    List<PlanView> ofPerson(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return plans.ofPerson(officeId, personId).stream().map(PlanView::of).toList();
    }

    @GetMapping("/service-use-plans/{planId}")
    @PreAuthorize("hasAuthority('planning:plan.read')")
    PlanView read(@PathVariable OfficeId officeId, @PathVariable UUID planId) {
        return PlanView.of(plans.read(officeId, planId));
    }

    @PutMapping("/service-use-plans/{planId}")
    @PreAuthorize("hasAuthority('planning:plan.write')")
    PlanView edit(@PathVariable OfficeId officeId, @PathVariable UUID planId, @Valid @RequestBody Edit e) {
        return PlanView.of(plans.edit(officeId, planId, e.author(), e.monitoringMonths(), e.content().domain()));
    }

    @PostMapping("/service-use-plans/{planId}/final")
    @PreAuthorize("hasAuthority('planning:plan.approve')")
    PlanView finalise(@PathVariable OfficeId officeId, @PathVariable UUID planId, @Valid @RequestBody Agreement a) {
        return PlanView.of(plans.finalise(officeId, planId, a.agreedBy(), a.agreedOn()));
    }

    @PostMapping("/service-use-plans/{planId}/monitorings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('planning:plan.write')")
    PlanView monitor(@PathVariable OfficeId officeId, @PathVariable UUID planId, @Valid @RequestBody Monitoring m, Principal user) {
        return PlanView.of(plans.monitor(officeId, planId, m.monitoredOn(), Boolean.TRUE.equals(m.interviewed()),
                m.notes(), Boolean.TRUE.equals(m.planChangeNeeded()), user.getName()));
    }

    record Draft(@Pattern(regexp = "\\d{10}") String certificateNumber, @NotBlank @Size(max = 50) String author,
                 @NotNull LocalDate draftedOn, @Min(1) @Max(12) int monitoringMonths, @Valid Content content) {
    }

    record Edit(@NotBlank @Size(max = 50) String author, @Min(1) @Max(12) int monitoringMonths, @NotNull @Valid Content content) {
    }

    record Content(@Size(max = 2000) String personWishes, @Size(max = 2000) String familyWishes,
                   @Size(max = 2000) String overallPolicy, @Size(max = 1000) String longTermGoal,
                   @Size(max = 1000) String shortTermGoal, @Size(max = 30) List<@Valid Row> rows) {
        ServiceUsePlan.Content domain() {
            return new ServiceUsePlan.Content(personWishes, familyWishes, overallPolicy, longTermGoal, shortTermGoal,
                    rows == null ? List.of() : rows.stream().map(r -> new ServiceUsePlan.Row(r.priority(), r.issue(), r.goal(),
                            r.targetPeriod(), r.service(), r.personRole(), r.evaluationDate(), r.notes())).toList());
        }
    }

    record Row(@Min(1) @Max(99) int priority, @NotBlank @Size(max = 500) String issue, @Size(max = 500) String goal,
               @Size(max = 100) String targetPeriod, @Size(max = 500) String service, @Size(max = 500) String personRole,
               LocalDate evaluationDate, @Size(max = 1000) String notes) {
    }

    record Agreement(@NotBlank @Size(max = 50) String agreedBy, @NotNull LocalDate agreedOn) {
    }

    record Monitoring(@NotNull LocalDate monitoredOn, @NotNull Boolean interviewed, @Size(max = 4000) String notes,
                      @NotNull Boolean planChangeNeeded) {
    }

    record MonitoringView(LocalDate monitoredOn, boolean interviewed, String notes, boolean planChangeNeeded, String recordedBy) {
        static MonitoringView of(ServiceUseMonitoring m) {
            return new MonitoringView(m.monitoredOn(), m.interviewed(), m.notes(), m.planChangeNeeded(), m.recordedBy());
        }
    }

    record PlanView(UUID id, PersonId personId, String certificateNumber, String author, LocalDate draftedOn, int monitoringMonths,
                    String state, ServiceUsePlan.Content content, String agreedBy, LocalDate agreedOn,
                    List<MonitoringView> monitorings, LocalDate nextMonitoringDue) {
        static PlanView of(ServiceUsePlanService.View v) {
            ServiceUsePlan p = v.plan();
            return new PlanView(p.id(), new PersonId(p.personId()), p.certificateNumber(), p.author(), p.draftedOn(), p.monitoringMonths(),
                    p.state(), p.content(), p.agreedBy(), p.agreedOn(), v.monitorings().stream().map(MonitoringView::of).toList(),
                    v.nextMonitoringDue());
        }
    }
}
