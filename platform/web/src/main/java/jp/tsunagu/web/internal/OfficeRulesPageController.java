package jp.tsunagu.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.identity.CurrentUser;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.rules.LocalParameters;
import jp.tsunagu.rules.OfficeRulebook;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rules in force for one office, for its staff: figures with their sources, the office's own settings and
 * where they come from; tenant admins set a parameter from a date here.
 */
@ConditionalOnWebApplication
@Controller
class OfficeRulesPageController implements jp.tsunagu.web.PageController {

    private final OfficeRulebook rulebook;
    private final LocalParameters parameters;
    private final Rules rules;
    private final Offices offices;
    private final MessageSource messages;
    private final Clock clock;

    OfficeRulesPageController(OfficeRulebook rulebook, LocalParameters parameters, Rules rules, Offices offices,
                              MessageSource messages, Clock clock) {
        this.rulebook = rulebook;
        this.parameters = parameters;
        this.rules = rules;
        this.offices = offices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/offices/{officeId}/rules")
    @Transactional(readOnly = true)
    String inForce(@PathVariable UUID officeId, @RequestParam(required = false) String date, Model model, Locale locale) {
        OfficeSummary office = office(officeId);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = today;
        try {
            on = date == null || date.isBlank() ? today : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            model.addAttribute("error", messages.getMessage("validation.type", new Object[] {"date"}, locale));
        }
        var book = rulebook.forOffice(office, on);
        model.addAttribute("office", office);
        model.addAttribute("on", on);
        model.addAttribute("date", on.toString());
        model.addAttribute("today", today.toString());
        // a table used here whose newer version was due for this date (or is due today) and is not loaded
        java.util.Set<String> due = new java.util.LinkedHashSet<>();
        book.trail().warnings().forEach(w -> due.add(w.name()));
        book.facts().stream().map(jp.tsunagu.rules.RuleFact::table).filter(t -> rules.tables().contains(t)
                && rules.revision(t).dueOn(today)).forEach(due::add);
        model.addAttribute("dueWarnings", due.stream().map(t -> messages.getMessage("rules.due",
                rules.revision(t).messageArguments(locale), locale)).toList());
        model.addAttribute("facts", book.facts().stream().map(f -> new FactRow(f, f.versionFrom() == null ? null : f.rowFrom())).toList());
        model.addAttribute("parameters", book.parameters().stream().map(p -> new ParameterRow(p, p.effectiveFrom())).toList());
        model.addAttribute("definitions", rules.on(on).rows("local-parameter").stream().map(Definition::of).toList());
        model.addAttribute("trail", book.trail().entries());
        model.addAttribute("canManage", CurrentUser.get().map(u -> u.can("rules:parameter.manage")).orElse(false));
        return "office-rules";
    }

    @PostMapping("/offices/{officeId}/parameters")
    String set(@PathVariable UUID officeId, @RequestParam String name, @RequestParam(defaultValue = "") String value,
               @RequestParam String effectiveFrom, @RequestParam(defaultValue = "") String reason,
               RedirectAttributes redirect, Locale locale) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new Problem.Forbidden("access.denied"));
        if (!user.can("rules:parameter.manage")) {
            throw new Problem.Forbidden("access.denied");
        }
        OfficeSummary office = office(officeId);
        try {
            LocalDate from = LocalDate.parse(effectiveFrom);
            parameters.set(office.id(), name, value.isBlank() ? null : value, from, reason, user.username());
            redirect.addFlashAttribute("message", messages.getMessage("ui.parameters.saved",
                    new Object[] {name, JapaneseDates.withIso(from)}, locale));
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("error", messages.getMessage("validation.type", new Object[] {"effectiveFrom"}, locale));
        } catch (Problem.Invalid refused) {
            redirect.addFlashAttribute("error", messages.getMessage(refused.code(), refused.args(), locale));
        }
        return "redirect:/offices/" + officeId + "/rules";
    }

    private OfficeSummary office(UUID officeId) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new Problem.Forbidden("access.denied"));
        return offices.find(new OfficeId(officeId)).filter(o -> user.covers(o.id()))
                .orElseThrow(() -> new Problem.NotFound("office.notFound"));
    }

    record FactRow(jp.tsunagu.rules.RuleFact fact, LocalDate from) {
    }

    record ParameterRow(jp.tsunagu.rules.ParameterValue value, LocalDate from) {
    }

    record Definition(String name, String titleJa, String titleEn, String scope, String allowed, String range) {
        static Definition of(RuleRow r) {
            return new Definition(r.text("name"), r.text("titleJa"), r.text("titleEn"), r.text("scope"),
                    r.has("allowed") ? r.text("allowed").replace("|", ", ") : null,
                    r.has("min") ? r.decimal("min").toPlainString() + "–" + r.decimal("max").toPlainString() : null);
        }
    }
}
