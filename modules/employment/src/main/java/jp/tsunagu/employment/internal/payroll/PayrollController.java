package jp.tsunagu.employment.internal.payroll;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.RequiresModule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly payroll of the office's employed A型 users (a preview until closed, then the stored payroll), its close,
 * and each user's payroll profile. Amounts are whole yen (JSON integers); every line carries its trail.
 */
@RestController
@RequiresModule("employment")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/employment")
class PayrollController {
    private final PayrollService payroll;

    PayrollController(PayrollService payroll) {
        this.payroll = payroll;
    }

    /** The month: the stored payroll once closed, else the preview for {@code payDate} (default: the 25th of the next month). */
    @GetMapping("/payroll/{month}")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    PayrollView month(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @RequestParam(required = false) LocalDate payDate) {
        return PayrollView.of(payroll.preview(officeId, month, payDate));
    }

    /** Closes the month; a repeated request answers with the payroll already stored. */
    @PostMapping("/payroll/{month}/close")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    PayrollView close(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @Valid @RequestBody(required = false) CloseRequest r,
                      Principal user) {
        return PayrollView.of(payroll.close(officeId, month, r == null ? null : r.payDate(), user.getName()));
    }

    @GetMapping("/payroll-profiles/{personId}")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ProfileView profile(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return ProfileView.of(payroll.profile(officeId, personId));
    }

    @PutMapping("/payroll-profiles/{personId}")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    ProfileView saveProfile(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody ProfileRequest r,
                            Principal user) {
        return ProfileView.of(payroll.saveProfile(officeId, personId, r.terms(), user.getName()));
    }

    /** Wages owed for a closed month, paid with the payroll of the open {@code month}. */
    @PostMapping("/payroll/{month}/adjustments")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    void adjust(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @Valid @RequestBody AdjustmentRequest r, Principal user) {
        payroll.adjust(officeId, month, new PersonId(r.personId()), r.correctsMonth(), r.amount(), r.reason(), user.getName());
    }

    record AdjustmentRequest(@NotNull UUID personId, @NotNull YearMonth correctsMonth, @NotNull Long amount,
                             @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 500) String reason) {
    }

    record CloseRequest(LocalDate payDate) {
    }

    /** A user's payroll profile as entered; see {@link PayrollProfile}. */
    record ProfileRequest(@NotNull @PositiveOrZero @Max(20) Integer dependents, Boolean disability, LocalDate employmentInsuranceFrom,
                          LocalDate socialInsuranceFrom, @Positive @Max(10_000_000) Long standardMonthlyRemuneration,
                          @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) BigDecimal premiumShare,
                          LocalDate birthDate, @PositiveOrZero @Max(1_000_000) Long residentTaxMonthly) {
        PayrollProfile.ProfileTerms terms() {
            return new PayrollProfile.ProfileTerms(dependents, Boolean.TRUE.equals(disability), employmentInsuranceFrom, socialInsuranceFrom,
                    standardMonthlyRemuneration == null ? null : Yen.of(standardMonthlyRemuneration), premiumShare, birthDate,
                    residentTaxMonthly == null ? Yen.ZERO : Yen.of(residentTaxMonthly));
        }
    }

    record ProfileView(int dependents, boolean disability, LocalDate employmentInsuranceFrom, LocalDate socialInsuranceFrom,
                       Long standardMonthlyRemuneration, BigDecimal premiumShare, LocalDate birthDate, long residentTaxMonthly) {
        static ProfileView of(PayrollProfile.ProfileTerms t) {
            return new ProfileView(t.dependents(), t.disability(), t.employmentInsuranceFrom(), t.socialInsuranceFrom(),
                    t.standardMonthlyRemuneration() == null ? null : t.standardMonthlyRemuneration().value(), t.premiumShare(), t.birthDate(),
                    t.residentTaxMonthly().value());
        }
    }

    record LineView(String item, long amount, String trail) {
        static List<LineView> of(List<PayrollCalculation.Line> lines) {
            return lines.stream().map(l -> new LineView(l.item().name(), l.amount().value(), l.trail())).toList();
        }
    }

    record SlipView(UUID personId, UUID contractId, String name, String kana, long hourlyWage, long workedMinutes, int daysWorked,
                    List<LineView> earnings, List<LineView> deductions, long gross, long deductionsTotal, long net) {
        static SlipView of(PayrollService.Slip s) {
            return new SlipView(s.contract().personId().value(), s.contract().id(), s.name(), s.kana(), s.contract().hourlyWage().value(),
                    s.workedMinutes(), s.daysWorked(), LineView.of(s.payslip().earnings()), LineView.of(s.payslip().deductions()),
                    s.payslip().gross().value(), s.payslip().deductionsTotal().value(), s.payslip().net().value());
        }
    }

    /** The month's payroll: {@code status} PREVIEW or CLOSED, the dates, each user's slip by kana, the totals. */
    record PayrollView(YearMonth month, String status, LocalDate periodClosing, LocalDate payDate, List<SlipView> slips, long totalGross,
                       long totalNet, Instant closedAt, String closedBy) {
        static PayrollView of(PayrollService.Payroll p) {
            return new PayrollView(p.month(), p.closedAt() == null ? "PREVIEW" : "CLOSED", p.periodClosing(), p.payDate(),
                    p.slips().stream().map(SlipView::of).toList(), p.gross().value(), p.net().value(), p.closedAt(), p.closedBy());
        }
    }
}
