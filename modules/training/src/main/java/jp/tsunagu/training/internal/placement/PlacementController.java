package jp.tsunagu.training.internal.placement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.RequiresModule;
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

/**
 * Placements and the 6-month follow-up: the office's placements, a hire, one placement with its contacts, a contact,
 * the end; the retention rate of a reward year with the placements it counted, and the capacity of a fiscal year.
 */
@RestController
@RequiresModule("training")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/training")
class PlacementController {
    private final PlacementService placements;

    PlacementController(PlacementService placements) {
        this.placements = placements;
    }

    @GetMapping("/placements")
    @PreAuthorize("hasAuthority('training:support.read')")
    List<PlacementJson> placements(@PathVariable OfficeId officeId) {
        return placements.placements(officeId).stream().map(PlacementJson::of).toList();
    }

    @PostMapping("/placements")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    PlacementJson record(@PathVariable OfficeId officeId, @Valid @RequestBody PlacementRequest r, Principal user) {
        return PlacementJson.of(placements.record(officeId, r.hire(), user.getName()));
    }

    @GetMapping("/placements/{placementId}")
    @PreAuthorize("hasAuthority('training:support.read')")
    DetailJson placement(@PathVariable OfficeId officeId, @PathVariable UUID placementId) {
        PlacementService.Detail d = placements.placement(officeId, placementId);
        return new DetailJson(PlacementJson.of(d.placement()), d.contacts());
    }

    @PostMapping("/placements/{placementId}/end")
    @PreAuthorize("hasAuthority('training:support.write')")
    PlacementJson end(@PathVariable OfficeId officeId, @PathVariable UUID placementId, @Valid @RequestBody EndRequest r, Principal user) {
        return PlacementJson.of(placements.end(officeId, placementId, r.endedOn(), r.reason(), user.getName()));
    }

    @GetMapping("/placements/{placementId}/contacts")
    @PreAuthorize("hasAuthority('training:support.read')")
    List<PlacementService.Contact> contacts(@PathVariable OfficeId officeId, @PathVariable UUID placementId) {
        return placements.contacts(officeId, placementId);
    }

    @PostMapping("/placements/{placementId}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    PlacementService.Contact addContact(@PathVariable OfficeId officeId, @PathVariable UUID placementId, @Valid @RequestBody ContactRequest r,
                                        Principal user) {
        return placements.addContact(officeId, placementId, r.date(), r.withWhom(), r.faceToFace(), r.issues(), r.note(), user.getName());
    }

    @GetMapping("/retention/{fiscalYear}")
    @PreAuthorize("hasAuthority('training:support.read')")
    RetentionJson retention(@PathVariable OfficeId officeId, @PathVariable int fiscalYear) {
        return RetentionJson.of(placements.retention(officeId, year(fiscalYear)));
    }

    @PutMapping("/capacities/{fiscalYear}")
    @PreAuthorize("hasAuthority('training:support.write')")
    CapacityView capacity(@PathVariable OfficeId officeId, @PathVariable int fiscalYear, @Valid @RequestBody CapacityRequest r, Principal user) {
        return new CapacityView(fiscalYear, placements.setCapacity(officeId, year(fiscalYear), r.capacity(), user.getName()));
    }

    static FiscalYear year(int fiscalYear) {
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw new Problem.Invalid("fiscalYear", "training.retention.year", fiscalYear);
        }
        return new FiscalYear(fiscalYear);
    }

    record PlacementRequest(@NotNull UUID personId, @NotBlank @Size(max = 200) String companyName, @Size(max = 200) String companyContact,
                            @NotNull LocalDate hireDate, @NotNull @DecimalMin("0.5") @DecimalMax("80") BigDecimal hoursPerWeek,
                            @NotNull Placement.WageKind wageKind, @NotNull @Positive Long wageYen, @NotBlank @Size(max = 200) String job,
                            @NotNull Placement.Disclosure disclosure, LocalDate endedOn, @Size(max = 500) String endReason) {
        PlacementService.Hire hire() {
            return new PlacementService.Hire(new PersonId(personId), companyName, companyContact, hireDate, hoursPerWeek, wageKind,
                    Yen.of(wageYen), job, disclosure, endedOn, endReason);
        }
    }

    record EndRequest(@NotNull LocalDate endedOn, @NotBlank @Size(max = 500) String reason) {
    }

    record ContactRequest(@NotNull LocalDate date, @NotNull PlacementContact.WithWhom withWhom, @NotNull Boolean faceToFace,
                          Set<PlacementContact.Issue> issues, @Size(max = 1000) String note) {
    }

    record CapacityRequest(@NotNull @Min(1) @Max(999) Integer capacity) {
    }

    record CapacityView(int fiscalYear, int capacity) {
    }

    record PlacementJson(UUID id, PersonId personId, String name, String kana, String companyName, String companyContact, LocalDate hireDate,
                         BigDecimal hoursPerWeek, String wageKind, long wageYen, String job, String disclosure, LocalDate sixMonthDay,
                         LocalDate endedOn, String endReason, LocalDate retentionReachedOn, String state) {
        static PlacementJson of(PlacementService.View v) {
            return new PlacementJson(v.id(), v.person(), v.name(), v.kana(), v.companyName(), v.companyContact(), v.hireDate(),
                    v.hoursPerWeek(), v.wageKind().name(), v.wage().value(), v.job(), v.disclosure().name(), v.sixMonthDay(), v.endedOn(),
                    v.endReason(), v.retentionReachedOn(), v.state().name());
        }
    }

    record DetailJson(PlacementJson placement, List<PlacementService.Contact> contacts) {
    }

    record RetentionJson(int fiscalYear, int retainedPrevious, int retainedBefore, int retained, int capacityPrevious, int capacityBefore,
                         int capacities, BigDecimal ratePercent, int capacity, String tier, Integer units, String trail,
                         List<PlacementJson> counted) {
        static RetentionJson of(PlacementService.Retention r) {
            var rate = r.rate();
            return new RetentionJson(rate.fiscalYear().startYear(), rate.retainedPrevious(), rate.retainedBefore(), rate.retained(),
                    rate.capacityPrevious(), rate.capacityBefore(), rate.capacities(), rate.ratePercent(), rate.capacity(), rate.tier(),
                    rate.units(), rate.trail(), r.counted().stream().map(PlacementJson::of).toList());
        }
    }
}
