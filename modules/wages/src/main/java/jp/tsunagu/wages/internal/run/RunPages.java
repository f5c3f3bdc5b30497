package jp.tsunagu.wages.internal.run;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForms;
import jp.tsunagu.wages.internal.domain.PayCalculation;
import jp.tsunagu.wages.internal.reserves.ReserveEntry;
import jp.tsunagu.wages.internal.reserves.ReserveService;
import jp.tsunagu.wages.internal.reserves.SetAside;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工賃の計算: the month's preview (or its closed run), pieces per user for a per-piece rule, and the close. What keeps a
 * month from being calculated (records not closed, no pay rules) shows on the page instead of the table.
 */
@Controller
@RequiresModule("wages")
@PersonalData
@RequestMapping("/offices/{officeId}/wages/runs")
class RunPages implements PageController {
    /** Pieces come as {@code pieces.<personId>} parameters. */
    private static final String PIECES = "pieces.";

    private final RunService runs;
    private final AdjustmentService adjustments;
    private final ReserveService reserves;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    RunPages(RunService runs, AdjustmentService adjustments, ReserveService reserves, Offices offices, PageForms forms, Clock clock) {
        this.runs = runs;
        this.adjustments = adjustments;
        this.reserves = reserves;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('wages:run.read')")
    String month(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month,
                 @RequestParam(required = false) Long reserveUsed, @ModelAttribute SetAsideParams setAside, @RequestParam Map<String, String> params,
                 Model model, Authentication auth, Locale locale) {
        OfficeSummary office = offices.require(officeId);
        YearMonth m = month == null ? YearMonth.now(clock).minusMonths(1) : month;
        model.addAttribute("office", office);
        model.addAttribute("month", m);
        model.addAttribute("fiscalYear", jp.tsunagu.kernel.FiscalYear.of(m).startYear());
        List<RunService.RunSummary> closedRuns = runs.closedRuns(office.id());
        model.addAttribute("closedRuns", closedRuns);
        model.addAttribute("monthClosed", closedRuns.stream().anyMatch(r -> r.month().equals(m)));
        model.addAttribute("canClose", can(auth, "wages:run.close"));
        model.addAttribute("reserveBalance", reserves.balances(office.id()).get(ReserveEntry.Reserve.KOUCHIN_FLUCTUATION));
        model.addAttribute("reserveUsed", reserveUsed);
        model.addAttribute("yearEnd", m.equals(jp.tsunagu.kernel.FiscalYear.of(m).lastMonth()));
        model.addAttribute("setAsideParams", setAside);
        List<AdjustmentService.Adjustment> owed = adjustments.ofMonth(office.id(), m);
        List<PlanningQueries.ServedPerson> payees = runs.payees(office.id(), m);
        Map<PersonId, String> adjustedNames = new LinkedHashMap<>();
        payees.forEach(p -> adjustedNames.put(p.personId(), p.name()));
        model.addAttribute("adjustments", owed);
        model.addAttribute("adjustedNames", adjustedNames);
        model.addAttribute("payees", payees);
        try {
            Map<PersonId, Integer> pieces = pieces(params);
            RunService.Calculation c = runs.preview(office.id(), m, pieces, reserveUsed == null ? Yen.ZERO : Yen.of(reserveUsed),
                    setAside.setAside());
            model.addAttribute("run", c);
            model.addAttribute("closedOn", c.closed() == null ? null : java.time.LocalDate.ofInstant(c.closed().at(), clock.getZone()));
            model.addAttribute("pieces", params.entrySet().stream().filter(e -> e.getKey().startsWith(PIECES))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            model.addAttribute("perPiece", c.rule().terms().basis() == PayCalculation.Basis.PIECE);
            if (c.outcome() instanceof PayCalculation.Distributed<PersonId> d) {
                model.addAttribute("distributed", d);
            } else if (c.outcome() instanceof PayCalculation.Shortfall<PersonId> s) {
                model.addAttribute("shortfall", s);
            } else {
                model.addAttribute("noWork", c.outcome());
            }
        } catch (Problem refused) {
            model.addAttribute("error", forms.text(refused, locale));
        }
        return "wages/run";
    }

    @PostMapping("/close")
    @PreAuthorize("hasAuthority('wages:run.close')")
    String close(@PathVariable OfficeId officeId, @RequestParam YearMonth month, @RequestParam(required = false) Long reserveUsed,
                 @ModelAttribute SetAsideParams setAside, @RequestParam Map<String, String> params, Authentication auth,
                 RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        String back = "/offices/" + officeId + "/wages/runs?month=" + month;
        return forms.submitTo(null, null, redirect, locale, back, null, () -> {
            RunService.Calculation closed = runs.close(office, month, pieces(params), reserveUsed == null ? Yen.ZERO : Yen.of(reserveUsed),
                    setAside.setAside(), auth.getName());
            redirect.addFlashAttribute(PageForms.MESSAGE, forms.message("wages.ui.closed", locale, month, closed.outcome() instanceof
                    PayCalculation.Distributed<PersonId> ? closed.totalPaid().value() : 0));
            return back;
        });
    }

    @PostMapping("/adjustments")
    @PreAuthorize("hasAuthority('wages:run.close')")
    String adjust(@PathVariable OfficeId officeId, @RequestParam YearMonth month, @Valid @ModelAttribute RunController.AdjustmentInput form,
                  BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/wages/runs?month=" + month, "wages.ui.adjustmentAdded",
                () -> adjustments.add(office, month, new PersonId(form.personId()), form.correctsMonth(), form.amount(), form.reason(),
                        auth.getName()));
    }

    @PostMapping("/adjustments/{adjustmentId}/withdraw")
    @PreAuthorize("hasAuthority('wages:run.close')")
    String withdraw(@PathVariable OfficeId officeId, @PathVariable java.util.UUID adjustmentId, @RequestParam YearMonth month,
                    @Valid @ModelAttribute RunController.WithdrawInput form, BindingResult binding, Authentication auth,
                    RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, "/offices/" + officeId + "/wages/runs?month=" + month,
                "wages.ui.adjustmentWithdrawn", () -> adjustments.withdraw(office, month, adjustmentId, form.reason(), auth.getName()));
    }

    /** What the year's last month sets aside, as the page's form sends it (blank for none). */
    record SetAsideParams(Long setAsideKouchin, Long setAsideEquipment, String resolution, Long assetCost) {
        SetAside setAside() {
            return new SetAside(setAsideKouchin == null ? Yen.ZERO : Yen.of(setAsideKouchin),
                    setAsideEquipment == null ? Yen.ZERO : Yen.of(setAsideEquipment), resolution, assetCost == null ? null : Yen.of(assetCost));
        }
    }

    /** The pieces entered per user ({@code pieces.<personId>}, blank for none); a count that is not a whole number is refused. */
    private static Map<PersonId, Integer> pieces(Map<String, String> params) {
        Map<PersonId, Integer> pieces = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(PIECES) && value != null && !value.isBlank()) {
                try {
                    pieces.put(PersonId.of(name.substring(PIECES.length())), Integer.parseInt(value.strip()));
                } catch (IllegalArgumentException e) {
                    throw new Problem.Invalid("pieces", "wages.run.piecesNegative", name.substring(PIECES.length()));
                }
            }
        });
        return pieces;
    }
}
