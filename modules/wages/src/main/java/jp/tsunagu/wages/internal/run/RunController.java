package jp.tsunagu.wages.internal.run;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.Principal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.wages.internal.domain.PayCalculation.Distributed;
import jp.tsunagu.wages.internal.reserves.SetAside;
import jp.tsunagu.wages.internal.domain.PayCalculation.NoWork;
import jp.tsunagu.wages.internal.domain.PayCalculation.Shortfall;
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
 * The monthly run of 工賃: the month's calculation (a preview until closed, then the stored run), its close, and the
 * list of closed runs. Amounts are whole yen (JSON integers).
 */
@RestController
@RequiresModule("wages")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/wages/runs")
class RunController {
    private final RunService runs;
    private final AdjustmentService adjustments;

    RunController(RunService runs, AdjustmentService adjustments) {
        this.runs = runs;
        this.adjustments = adjustments;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('wages:run.read')")
    List<RunService.RunSummary> closed(@PathVariable OfficeId officeId) {
        return runs.closedRuns(officeId);
    }

    /** The month: the stored run once closed, else the preview without pieces. */
    @GetMapping("/{month}")
    @PreAuthorize("hasAuthority('wages:run.read')")
    RunView month(@PathVariable OfficeId officeId, @PathVariable YearMonth month) {
        return RunView.of(runs.preview(officeId, month, Map.of()));
    }

    @PostMapping("/{month}/preview")
    @PreAuthorize("hasAuthority('wages:run.read')")
    RunView preview(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @Valid @RequestBody(required = false) RunInput input) {
        return RunView.of(runs.preview(officeId, month, RunInput.pieces(input), RunInput.reserveUsed(input), RunInput.setAside(input)));
    }

    /** Closes the month; a repeated request answers with the run already stored. */
    @PostMapping("/{month}/close")
    @PreAuthorize("hasAuthority('wages:run.close')")
    RunView close(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @Valid @RequestBody(required = false) RunInput input,
                  Principal user) {
        return RunView.of(runs.close(officeId, month, RunInput.pieces(input), RunInput.reserveUsed(input), RunInput.setAside(input),
                user.getName()));
    }

    /** The adjustments for closed months the run of {@code month} pays (調整), oldest first. */
    @GetMapping("/{month}/adjustments")
    @PreAuthorize("hasAuthority('wages:run.read')")
    List<AdjustmentView> adjustments(@PathVariable OfficeId officeId, @PathVariable YearMonth month) {
        return adjustments.ofMonth(officeId, month).stream().map(AdjustmentView::of).toList();
    }

    /** Records 工賃 a user is owed for a closed month, paid with the run of the open {@code month}. */
    @PostMapping("/{month}/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('wages:run.close')")
    AdjustmentView adjust(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @Valid @RequestBody AdjustmentInput input,
                          Principal user) {
        return AdjustmentView.of(adjustments.add(officeId, month, new PersonId(input.personId()), input.correctsMonth(), input.amount(), input.reason(),
                user.getName()));
    }

    /** Withdraws an adjustment recorded in error, while its month is open, with the reason. */
    @PostMapping("/{month}/adjustments/{adjustmentId}/withdraw")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('wages:run.close')")
    void withdraw(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @PathVariable UUID adjustmentId,
                  @Valid @RequestBody WithdrawInput input, Principal user) {
        adjustments.withdraw(officeId, month, adjustmentId, input.reason(), user.getName());
    }

    /** An adjustment: who, the closed month it corrects, the amount owed (whole yen above 0) and why. */
    record AdjustmentInput(@jakarta.validation.constraints.NotNull UUID personId, @jakarta.validation.constraints.NotNull YearMonth correctsMonth,
                           @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Positive Long amount,
                           @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 500) String reason) {
    }

    /** An adjustment as the API shows it: amounts in whole yen (a JSON integer). */
    record AdjustmentView(UUID id, UUID personId, YearMonth payMonth, YearMonth correctsMonth, ServiceType serviceType, long amount,
                          String reason, Instant recordedAt, String recordedBy) {
        static AdjustmentView of(AdjustmentService.Adjustment a) {
            return new AdjustmentView(a.id(), a.person().value(), a.payMonth(), a.correctsMonth(), a.serviceType(), a.amount().value(),
                    a.reason(), a.at(), a.by());
        }
    }

    record WithdrawInput(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 500) String reason) {
    }

    /**
     * What the office enters for the month besides attendance: pieces made per user (for a per-piece rule), what it
     * takes from its 工賃 reserve (a short month), and in the fiscal year's last month what it sets aside for the 工賃 and
     * the equipment reserves, under the board's resolution, with the acquisition cost of the production assets.
     */
    record RunInput(Map<UUID, Integer> pieces, @jakarta.validation.constraints.PositiveOrZero Long reserveUsed,
                    @jakarta.validation.constraints.PositiveOrZero Long setAsideKouchin,
                    @jakarta.validation.constraints.PositiveOrZero Long setAsideEquipment,
                    @jakarta.validation.constraints.Size(max = 500) String resolution,
                    @jakarta.validation.constraints.PositiveOrZero Long assetCost) {
        static SetAside setAside(RunInput input) {
            return input == null ? SetAside.NONE : new SetAside(yen(input.setAsideKouchin()), yen(input.setAsideEquipment()), input.resolution(),
                    input.assetCost() == null ? null : Yen.of(input.assetCost()));
        }

        private static Yen yen(Long value) {
            return value == null ? Yen.ZERO : Yen.of(value);
        }

        static Yen reserveUsed(RunInput input) {
            return input == null || input.reserveUsed() == null ? Yen.ZERO : Yen.of(input.reserveUsed());
        }

        static Map<PersonId, Integer> pieces(RunInput input) {
            Map<PersonId, Integer> pieces = new LinkedHashMap<>();
            if (input != null && input.pieces() != null) {
                input.pieces().forEach((person, count) -> pieces.put(new PersonId(person), count));
            }
            return pieces;
        }
    }

    record LineView(UUID personId, String name, String kana, ServiceType serviceType, long minutes, BigDecimal hours, int days, int pieces,
                    long rate, long base, long share, long adjustment, long total) {
        static LineView of(RunService.Line l) {
            return new LineView(l.person().value(), l.name(), l.kana(), l.serviceType(), l.minutes(),
                    BigDecimal.valueOf(l.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN), l.days(), l.pieces(),
                    l.rate().value(), l.base().value(), l.share().value(), l.adjustment().value(), l.total().value());
        }
    }

    record RuleView(UUID id, YearMonth effectiveMonth, String basis, Long ratePerHour, Long ratePerDay, Long ratePerPiece, Long fixedMonthly,
                    String restBy, String rounding) {
    }

    /**
     * The month's run: {@code status} PREVIEW or CLOSED; {@code outcome} DISTRIBUTED (lines and the split), SHORTFALL
     * (what is missing and the rate that would fit: WG-3) or NO_WORK. {@code available} is the pool plus the reserve used
     * less the adjustments for closed months, paid first, and less what the year's last month sets aside.
     */
    record RunView(YearMonth month, String status, String outcome, RuleView payRule, long revenue, long expenses, long pool,
                   long reserveUsed, long setAsideKouchin, long setAsideEquipment, String resolution, long adjustments, long available, Long baseTotal, Long rest, BigDecimal restPerHour, Long totalPaid, Long shortfall,
                   Long fittingRate, List<LineView> lines, Instant closedAt, String closedBy, String trail) {
        static RunView of(RunService.Calculation c) {
            var t = c.rule().terms();
            RuleView rule = new RuleView(c.rule().id(), c.rule().effectiveMonth(), t.basis().name(), value(t.ratePerHour()),
                    value(t.ratePerDay()), value(t.ratePerPiece()), value(t.fixedMonthly()), t.restBy().name(), t.rounding().name());
            String status = c.closed() == null ? "PREVIEW" : "CLOSED";
            long adjustments = c.adjustmentsTotal().value();
            long available = c.available().value();
            long kouchin = c.setAside().kouchin().value();
            long equipment = c.setAside().equipment().value();
            String resolution = c.setAside().resolution();
            List<LineView> lines = c.lines().stream().map(LineView::of).toList();
            Instant at = c.closed() == null ? null : c.closed().at();
            String by = c.closed() == null ? null : c.closed().by();
            return switch (c.outcome()) {
                case Distributed<PersonId> d -> new RunView(c.month(), status, "DISTRIBUTED", rule, c.revenue().value(), c.expenses().value(),
                        c.pool().value(), c.reserveUsed().value(), kouchin, equipment, resolution, adjustments, available, d.baseTotal().value(), d.rest().value(), d.restPerHour(),
                        c.totalPaid().value(), null, null, lines, at, by, c.trail());
                case Shortfall<PersonId> s -> new RunView(c.month(), status, "SHORTFALL", rule, c.revenue().value(), c.expenses().value(),
                        c.pool().value(), c.reserveUsed().value(), kouchin, equipment, resolution, adjustments, available, s.baseTotal().value(), null, null, null,
                        s.shortfall().value(), value(s.fittingRate()), lines, at, by, c.trail());
                case NoWork<PersonId> n -> new RunView(c.month(), status, "NO_WORK", rule, c.revenue().value(), c.expenses().value(),
                        c.pool().value(), c.reserveUsed().value(), kouchin, equipment, resolution, adjustments, available, null, null, null, null, null, null, lines, at, by, c.trail());
            };
        }

        private static Long value(Yen yen) {
            return yen == null ? null : yen.value();
        }
    }
}
