package jp.tsunagu.employment.internal.contracts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.RequiresModule;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Employment contracts of the office's employed A型 users, the check of a pay period against the minimum wage, and
 * the contracts a coming change of the minimum wage will break. Amounts are whole yen (JSON integers).
 */
@RestController
@RequiresModule("employment")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/employment")
class EmploymentContractController {
    private final EmploymentContractService contracts;

    EmploymentContractController(EmploymentContractService contracts) {
        this.contracts = contracts;
    }

    @GetMapping("/contracts")
    @PreAuthorize("hasAuthority('employment:contract.read')")
    List<ContractView> contracts(@PathVariable OfficeId officeId) {
        return contracts.list(officeId).stream().map(ContractView::of).toList();
    }

    @GetMapping("/contracts/{contractId}")
    @PreAuthorize("hasAuthority('employment:contract.read')")
    ContractView contract(@PathVariable OfficeId officeId, @PathVariable UUID contractId) {
        return ContractView.of(contracts.get(officeId, contractId));
    }

    @PostMapping("/contracts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('employment:contract.write')")
    ContractView create(@PathVariable OfficeId officeId, @Valid @RequestBody ContractRequest r, Principal user) {
        EmploymentContract c = contracts.create(officeId, new PersonId(r.personId()), r.terms(), user.getName());
        return ContractView.of(contracts.get(officeId, c.id()));
    }

    /** Whether the contract's wage reaches the minimum on every day of the pay period; 400 naming the first day it does not. */
    @PostMapping("/contracts/{contractId}/period-check")
    @PreAuthorize("hasAuthority('employment:contract.read')")
    PeriodChecked checkPeriod(@PathVariable OfficeId officeId, @PathVariable UUID contractId, @Valid @RequestBody Period p) {
        contracts.requirePayPeriod(officeId, contractId, p.from(), p.to());
        return new PeriodChecked(p.from(), p.to(), true);
    }

    /** The contracts a change of the minimum wage after today will break, by the day of the change. */
    @GetMapping("/minimum-wage/coming")
    @PreAuthorize("hasAuthority('employment:contract.read')")
    List<ComingBreakView> coming(@PathVariable OfficeId officeId) {
        return contracts.comingBreaks(officeId).stream().map(ComingBreakView::of).toList();
    }

    /** A contract as entered: the worker, the period, the week and the day, the wage and the other written terms. */
    record ContractRequest(@NotNull UUID personId, @NotNull LocalDate startDate, LocalDate endDate, @Size(max = 500) String renewal,
                           @NotNull @Min(1) @Max(7) Integer daysPerWeek, @NotNull LocalTime dailyStart, @NotNull LocalTime dailyEnd,
                           @NotNull @PositiveOrZero Integer breakMinutes, @NotNull @Positive @Max(100_000) Long hourlyWage,
                           @NotBlank @Size(max = 100) String job, @NotBlank @Size(max = 100) String place,
                           @PositiveOrZero @Max(1_000_000) Long commutingAllowance, @NotBlank @Size(max = 50) String workRulesVersion) {
        ContractTerms terms() {
            return new ContractTerms(startDate, endDate, renewal, daysPerWeek, dailyStart, dailyEnd, breakMinutes, Yen.of(hourlyWage), job, place,
                    commutingAllowance == null ? Yen.ZERO : Yen.of(commutingAllowance), workRulesVersion);
        }
    }

    record Period(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    record PeriodChecked(LocalDate from, LocalDate to, boolean atOrAboveMinimum) {
    }

    record ContractView(UUID id, UUID personId, String name, String kana, LocalDate startDate, LocalDate endDate, boolean fixedTerm,
                        String renewal, int daysPerWeek, LocalTime dailyStart, LocalTime dailyEnd, int breakMinutes, int dailyMinutes,
                        int weeklyMinutes, long hourlyWage, String job, String place, long commutingAllowance, String workRulesVersion) {
        static ContractView of(EmploymentContractService.Named n) {
            EmploymentContract c = n.contract();
            return new ContractView(c.id(), c.personId().value(), n.name(), n.kana(), c.startDate(), c.endDate(), c.fixedTerm(), c.renewal(),
                    c.daysPerWeek(), c.dailyStart(), c.dailyEnd(), c.breakMinutes(), c.dailyMinutes(), c.weeklyMinutes(), c.hourlyWage().value(),
                    c.job(), c.place(), c.commutingAllowance().value(), c.workRulesVersion());
        }
    }

    /** A contract a coming change breaks: the day, the prefecture's new rate, the minimum that applies to the worker. */
    record ComingBreakView(UUID contractId, UUID personId, String name, String kana, long hourlyWage, LocalDate date, long minimum,
                           BigDecimal applicable, String permitNumber, String source) {
        static ComingBreakView of(EmploymentContractService.ComingBreak b) {
            EmploymentContract c = b.contract().contract();
            return new ComingBreakView(c.id(), c.personId().value(), b.contract().name(), b.contract().kana(), c.hourlyWage().value(),
                    b.below().date(), b.below().minimum().value(), b.below().applicable().stripTrailingZeros(),
                    b.below().permit() == null ? null : b.below().permit().number(), b.below().source());
        }
    }
}
