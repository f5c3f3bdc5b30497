package jp.tsunagu.employment.internal.score;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.YearMonth;
import java.util.List;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.RequiresModule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The production balance month by month: a fiscal year's months (revenue, expenses, balance, the wages of the closed
 * payroll, the shortfall) and a month's figures as entered from the accounts. Amounts are whole yen; a month or a
 * year not entered has null figures.
 */
@RestController
@RequiresModule("employment")
@RequestMapping("/api/v1/offices/{officeId}/employment")
class ProductionBalanceController {
    private final ProductionBalanceService balances;

    ProductionBalanceController(ProductionBalanceService balances) {
        this.balances = balances;
    }

    @GetMapping("/production/{fiscalYear}")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    YearView year(@PathVariable OfficeId officeId, @PathVariable int fiscalYear) {
        return YearView.of(balances.year(officeId, fiscalYear(fiscalYear)));
    }

    @PutMapping("/production-months/{month}")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    MonthView saveMonth(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @Valid @RequestBody MonthRequest r, Principal user) {
        return MonthView.of(balances.saveMonth(officeId, month, Yen.of(r.revenue()), Yen.of(r.expenses()), r.evidence(), user.getName()));
    }

    static FiscalYear fiscalYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new Problem.Invalid("fiscalYear", "employment.score.year", year);
        }
        return FiscalYear.startingIn(year);
    }

    /** A month's figures as entered: revenue and expenses of the production activity, and where they come from. */
    record MonthRequest(@NotNull @PositiveOrZero Long revenue, @NotNull @PositiveOrZero Long expenses, @NotBlank @Size(max = 500) String evidence) {
    }

    record MonthView(YearMonth month, Long revenue, Long expenses, Long balance, Long wages, Long shortfall, String evidence, String source) {
        static MonthView of(ProductionBalanceService.MonthBalance m) {
            return new MonthView(m.month(), value(m.revenue()), value(m.expenses()), value(m.balance()), value(m.wages()), value(m.shortfall()),
                    m.evidence(), m.source());
        }
    }

    /** The year so far: {@code wages} of every closed month, {@code wagesOfEntered} of the months entered (what the shortfall compares). */
    record YearView(int fiscalYear, List<MonthView> months, long revenue, long expenses, long balance, long wages, long wagesOfEntered,
                    long shortfall, int monthsEntered, int monthsPaid, String source) {
        static YearView of(ProductionBalanceService.YearBalance y) {
            return new YearView(y.year().startYear(), y.months().stream().map(MonthView::of).toList(), y.revenue().value(), y.expenses().value(),
                    y.balance().value(), y.wages().value(), y.wagesOfEntered().value(), y.shortfall().value(), y.monthsEntered(), y.monthsPaid(), y.source());
        }
    }

    private static Long value(Yen yen) {
        return yen == null ? null : yen.value();
    }
}
