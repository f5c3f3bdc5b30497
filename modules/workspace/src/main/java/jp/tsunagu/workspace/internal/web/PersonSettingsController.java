package jp.tsunagu.workspace.internal.web;

import jp.tsunagu.kernel.PersonId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.workspace.internal.AttendanceService;
import jp.tsunagu.workspace.internal.InsuranceService;
import jp.tsunagu.workspace.internal.TabletPins;
import jp.tsunagu.workspace.internal.domain.VoluntaryInsurance;
import jp.tsunagu.workspace.internal.domain.WorkingHours;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Per person: the working hours of employed A型 users, and the voluntary insurance of users who are not workers. */
@RestController
@RequiresModule("workspace")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/workspace/persons/{personId}")
class PersonSettingsController {
    private final AttendanceService attendance;
    private final InsuranceService insurance;
    private final TabletPins pins;

    PersonSettingsController(AttendanceService attendance, InsuranceService insurance, TabletPins pins) {
        this.attendance = attendance;
        this.insurance = insurance;
        this.pins = pins;
    }

    @GetMapping("/working-hours")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    List<HoursView> hours(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return attendance.workingHours(officeId, personId).stream().map(HoursView::of).toList();
    }

    /** 所定労働時間 from a date on; refused for anyone but an employed A型 user (labour-ness guard rails). */
    @PutMapping("/working-hours")
    @PreAuthorize("hasAuthority('workspace:config.manage')")
    HoursView setHours(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody Hours h, Principal user) {
        return HoursView.of(attendance.setWorkingHours(officeId, personId, h.effectiveFrom(), h.start(), h.end(),
                h.breakMinutes() == null ? 0 : h.breakMinutes(), user.getName()));
    }

    @GetMapping("/voluntary-insurance")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    List<InsuranceView> insurances(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return insurance.ofPerson(officeId, personId).stream().map(InsuranceView::of).toList();
    }

    @PostMapping("/voluntary-insurance")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    InsuranceView addInsurance(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody Insurance i,
                               Principal user) {
        return InsuranceView.of(insurance.add(officeId, personId, i.insurer(), i.policyNumber(), i.validFrom(),
                i.validTo(), user.getName()));
    }

    /** The optional tablet PIN (4 to 6 digits); removing it lets a tap on the name suffice again. */
    @PutMapping("/pin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    void setPin(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody Pin p, Principal user) {
        pins.set(officeId, personId, p.pin(), user.getName());
    }

    @DeleteMapping("/pin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    void removePin(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        pins.remove(officeId, personId);
    }

    record Pin(@NotBlank @jakarta.validation.constraints.Pattern(regexp = "\\d{4,6}") String pin) {
    }

    record Hours(@NotNull LocalDate effectiveFrom, @NotNull LocalTime start, @NotNull LocalTime end,
                 @Min(0) @Max(600) Integer breakMinutes) {
    }

    record HoursView(UUID id, LocalDate effectiveFrom, LocalTime start, LocalTime end, int breakMinutes) {
        static HoursView of(WorkingHours h) {
            return new HoursView(h.id(), h.effectiveFrom(), h.start(), h.end(), h.breakMinutes());
        }
    }

    record Insurance(@NotBlank @Size(max = 100) String insurer, @Size(max = 50) String policyNumber, @NotNull LocalDate validFrom,
                     @NotNull LocalDate validTo) {
    }

    record InsuranceView(UUID id, String insurer, String policyNumber, LocalDate validFrom, LocalDate validTo) {
        static InsuranceView of(VoluntaryInsurance i) {
            return new InsuranceView(i.id(), i.insurer(), i.policyNumber(), i.validFrom(), i.validTo());
        }
    }
}
