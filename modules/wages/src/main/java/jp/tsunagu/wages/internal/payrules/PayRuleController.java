package jp.tsunagu.wages.internal.payrules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.wages.internal.domain.PayCalculation.Basis;
import jp.tsunagu.wages.internal.domain.PayCalculation.RestBy;
import jp.tsunagu.wages.internal.domain.PayCalculation.Terms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 工賃規程: the office's pay rules, one version per effective month ({@code PUT} stores or replaces that month's version). */
@RestController
@RequiresModule("wages")
@RequestMapping("/api/v1/offices/{officeId}/wages/pay-rules")
class PayRuleController {
    private final PayRuleService rules;
    private final MessageSource messages;

    PayRuleController(PayRuleService rules, MessageSource messages) {
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    List<PayRuleView> versions(@PathVariable OfficeId officeId) {
        return rules.versions(officeId).stream().map(r -> view(r, PayRuleService.warnings(r))).toList();
    }

    @PutMapping("/{month}")
    @PreAuthorize("hasAuthority('wages:payrule.write')")
    PayRuleView save(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @Valid @RequestBody PayRuleRequest r, Principal user) {
        Map<PersonId, Yen> personRates = new LinkedHashMap<>();
        if (r.personRates() != null) {
            r.personRates().forEach((person, rate) -> personRates.put(new PersonId(person), Yen.of(rate)));
        }
        PayRuleService.Saved saved = rules.save(officeId, month, r.terms(), personRates,
                r.deductions() == null ? List.of() : r.deductions().stream().map(Deduction::label).toList(), r.note(), user.getName());
        return view(saved.rule(), saved.warnings());
    }

    private PayRuleView view(PayRule rule, List<PayRuleService.Warning> warnings) {
        Terms t = rule.terms();
        Map<UUID, Long> rates = new LinkedHashMap<>();
        rule.personRates().forEach((person, rate) -> rates.put(person.value(), rate.value()));
        return new PayRuleView(rule.id(), rule.effectiveMonth(), t.basis(), value(t.ratePerHour()), value(t.ratePerDay()),
                value(t.ratePerPiece()), value(t.fixedMonthly()), t.restBy(), t.rounding(), rates, rule.note(),
                warnings.stream().map(w -> new WarningView(w.code(),
                        messages.getMessage(w.code(), w.args(), LocaleContextHolder.getLocale()))).toList());
    }

    private static Long value(Yen yen) {
        return yen == null ? null : yen.value();
    }

    /**
     * A version of the 工賃規程. {@code deductions} exists so that a rule with a deduction or penalty (遅刻1回100円減額 …) is
     * refused by name rather than silently dropped; {@code personRates}: rates per hour set per user (能力給, warned).
     */
    record PayRuleRequest(@NotNull Basis basis, @PositiveOrZero @Max(100_000) Long ratePerHour, @PositiveOrZero @Max(100_000) Long ratePerDay,
                          @PositiveOrZero @Max(100_000) Long ratePerPiece, @PositiveOrZero @Max(1_000_000) Long fixedMonthly, RestBy restBy,
                          Yen.Rounding rounding, Map<UUID, @NotNull @PositiveOrZero @Max(100_000) Long> personRates,
                          List<@Valid Deduction> deductions, @Size(max = 500) String note) {
        /** The terms, with the usual defaults: the rest by days for a daily basis, equally for equal shares, else by hours; truncated. */
        Terms terms() {
            RestBy rest = restBy != null ? restBy : basis == Basis.EQUAL_SHARES ? RestBy.EQUAL : basis == Basis.DAILY ? RestBy.DAYS : RestBy.HOURS;
            return new Terms(basis, yen(ratePerHour), yen(ratePerDay), yen(ratePerPiece), yen(fixedMonthly), rest,
                    rounding == null ? Yen.Rounding.TRUNCATE : rounding);
        }

        private static Yen yen(Long value) {
            return value == null ? null : Yen.of(value);
        }
    }

    /** A deduction asked for: what for and how much (always refused). */
    record Deduction(@Size(max = 100) String name, BigDecimal amount) {
        String label() {
            return name == null || name.isBlank() ? String.valueOf(amount) : name.strip();
        }
    }

    record WarningView(String code, String message) {
    }

    record PayRuleView(UUID id, YearMonth effectiveMonth, Basis basis, Long ratePerHour, Long ratePerDay, Long ratePerPiece,
                       Long fixedMonthly, RestBy restBy, Yen.Rounding rounding, Map<UUID, Long> personRates, String note,
                       List<WarningView> warnings) {
    }
}
