package jp.tsunagu.training.internal.period;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
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
 * 就労移行支援's usage periods: every person's period as of today, one person's, the first day of use, an extension
 * request and the municipality's decision on it.
 */
@RestController
@RequiresModule("training")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/training")
class UsagePeriodController {
    private final UsagePeriodService periods;

    UsagePeriodController(UsagePeriodService periods) {
        this.periods = periods;
    }

    @GetMapping("/periods")
    @PreAuthorize("hasAuthority('training:support.read')")
    List<PeriodView> periods(@PathVariable OfficeId officeId) {
        return periods.periods(officeId).stream().map(PeriodView::of).toList();
    }

    @GetMapping("/periods/{personId}")
    @PreAuthorize("hasAuthority('training:support.read')")
    PeriodView period(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return PeriodView.of(periods.period(officeId, personId));
    }

    @PutMapping("/periods/{personId}")
    @PreAuthorize("hasAuthority('training:support.write')")
    PeriodView record(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody FirstDayRequest r, Principal user) {
        return PeriodView.of(periods.record(officeId, personId, r.firstDay(), user.getName()));
    }

    @PostMapping("/periods/{personId}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('training:support.write')")
    PeriodView requestExtension(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody ExtensionRequest r,
                                Principal user) {
        return PeriodView.of(periods.requestExtension(officeId, personId, r.requestedOn(), r.months(), r.reason(), user.getName()));
    }

    @PostMapping("/extensions/{extensionId}/decision")
    @PreAuthorize("hasAuthority('training:support.write')")
    PeriodView decide(@PathVariable OfficeId officeId, @PathVariable UUID extensionId, @Valid @RequestBody DecisionRequest r, Principal user) {
        return PeriodView.of(periods.decide(officeId, extensionId, r.granted(), r.grantedMonths(), r.decidedOn(), r.note(), user.getName()));
    }

    record FirstDayRequest(@NotNull LocalDate firstDay) {
    }

    record ExtensionRequest(@NotNull LocalDate requestedOn, @NotNull Integer months, @NotBlank @Size(max = 500) String reason) {
    }

    record DecisionRequest(@NotNull Boolean granted, Integer grantedMonths, @NotNull LocalDate decidedOn, @Size(max = 500) String note) {
    }

    record PeriodView(UUID personId, String name, String kana, LocalDate firstDay, LocalDate standardEnd, int grantedMonths,
                      LocalDate extendedEnd, LocalDate decisionEnd, LocalDate end, String endBy, LocalDate firstWarning, LocalDate secondWarning,
                      String stage, long daysLeft, long monthsUsed, String trail, List<UsagePeriodService.Extension> extensions) {
        static PeriodView of(UsagePeriodService.PersonPeriod p) {
            UsagePeriod u = p.period();
            return new PeriodView(p.person().value(), p.name(), p.kana(), u.firstDay(), u.standardEnd(), u.grantedMonths(), u.extendedEnd(),
                    u.decisionEnd(), u.end(), u.endBy().name(), u.firstWarning(), u.secondWarning(), u.stage().name(), u.daysLeft(),
                    u.monthsUsed(), u.trail(), p.extensions());
        }
    }
}
