package jp.tsunagu.employment.internal.score;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.rules.national.TypeAScoreItems.Item;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The A型 score of a fiscal year with its items and trails, the production results and the office's measures. */
@RestController
@RequiresModule("employment")
@RequestMapping("/api/v1/offices/{officeId}/employment")
class TypeAScoreController {
    private final TypeAScoreService scores;

    TypeAScoreController(TypeAScoreService scores) {
        this.scores = scores;
    }

    @GetMapping("/score/{fiscalYear}")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ScoreView score(@PathVariable int fiscalYear, @PathVariable OfficeId officeId,
                    @RequestParam(defaultValue = "I") @Pattern(regexp = "I|II") String staffing) {
        return ScoreView.of(scores.score(officeId, FiscalYear.startingIn(fiscalYear), staffing));
    }

    @PutMapping("/production-results/{fiscalYear}")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    BalanceView saveProduction(@PathVariable OfficeId officeId, @PathVariable int fiscalYear, @Valid @RequestBody ProductionRequest r,
                               Principal user) {
        scores.saveProduction(officeId, new TypeAScoreService.ProductionYear(fiscalYear, Yen.of(r.revenue()), Yen.of(r.expenses()),
                r.wagesPaid() == null ? null : Yen.of(r.wagesPaid()), r.evidence(), r.planDeadline(), r.planSubmittedOn()), user.getName());
        return BalanceView.of(scores.balance(officeId, fiscalYear).orElseThrow());
    }

    @GetMapping("/production-results/{fiscalYear}")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    BalanceView production(@PathVariable OfficeId officeId, @PathVariable int fiscalYear) {
        return BalanceView.of(scores.balance(officeId, fiscalYear).orElseThrow(() -> new Problem.NotFound("employment.score.noProduction")));
    }

    @PutMapping("/score/{fiscalYear}/measures/{item}")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    ScoreView saveMeasure(@PathVariable OfficeId officeId, @PathVariable int fiscalYear, @PathVariable Item item, @Valid @RequestBody MeasureRequest r,
                          Principal user) {
        scores.saveMeasure(officeId, fiscalYear, item, r.points(), r.evidence(), user.getName());
        return ScoreView.of(scores.score(officeId, FiscalYear.startingIn(fiscalYear), "I"));
    }

    record ProductionRequest(@NotNull @PositiveOrZero Long revenue, @NotNull @PositiveOrZero Long expenses, @PositiveOrZero Long wagesPaid,
                             @NotBlank @Size(max = 500) String evidence, LocalDate planDeadline, LocalDate planSubmittedOn) {
    }

    record MeasureRequest(@NotNull @Min(0) @Max(100) Integer points, @NotBlank @Size(max = 1000) String evidence) {
    }

    record BalanceView(int fiscalYear, long revenue, long expenses, long balance, long wages, String wagesFrom, boolean met, long shortfall,
                       LocalDate planDeadline, LocalDate planSubmittedOn, boolean planMissing, String figuresFrom) {
        static BalanceView of(TypeAScoreService.Balance b) {
            return new BalanceView(b.fiscalYear(), b.revenue().value(), b.expenses().value(), b.balance().value(), b.wages().value(), b.wagesFrom(),
                    b.met(), b.shortfall().value(), b.planDeadline(), b.planSubmittedOn(), b.planMissing(), b.figuresFrom());
        }
    }

    record ItemView(String item, Integer points, String trail) {
    }

    record ScoreView(int fiscalYear, List<ItemView> items, List<BalanceView> balances, Integer total, Integer units, String unitsTrail) {
        static ScoreView of(TypeAScoreService.Score s) {
            return new ScoreView(s.year().startYear(), s.items().stream().map(i -> new ItemView(i.item().name(), i.points(), i.trail())).toList(),
                    s.balances().stream().map(BalanceView::of).toList(), s.total(), s.units(), s.unitsTrail());
        }
    }
}
