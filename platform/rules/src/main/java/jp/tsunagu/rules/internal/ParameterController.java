package jp.tsunagu.rules.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.rules.ParameterValue;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.tenancy.OfficeScope;
import jp.tsunagu.tenancy.Offices;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local parameters: what may be chosen (every member), the values that apply to an office or the tenant on a
 * date with their origin, their history, and (tenant admins) a new choice from a date.
 */
@RestController
@RequestMapping("/api/v1")
@Transactional
class ParameterController {
    private final LocalParameterService parameters;
    private final RuleOverrideRepository overrides;
    private final Offices offices;
    private final OfficeScope scope;
    private final Clock clock;

    ParameterController(LocalParameterService parameters, RuleOverrideRepository overrides, Offices offices,
                        OfficeScope scope, Clock clock) {
        this.parameters = parameters;
        this.overrides = overrides;
        this.offices = offices;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/rules/parameters")
    @Transactional(readOnly = true)
    List<Definition> definitions(@RequestParam(required = false) LocalDate date, Locale locale) {
        return parameters.definitions(on(date)).stream().map(d -> Definition.of(d, locale)).toList();
    }

    @GetMapping("/offices/{officeId}/parameters")
    @Transactional(readOnly = true)
    List<Applied> forOffice(@PathVariable UUID officeId, @RequestParam(required = false) LocalDate date) {
        OfficeId office = office(officeId);
        return parameters.allForOffice(office, on(date)).stream().map(Applied::of).toList();
    }

    @GetMapping("/offices/{officeId}/parameters/history")
    @Transactional(readOnly = true)
    List<Choice> officeHistory(@PathVariable UUID officeId) {
        OfficeId office = office(officeId);
        return overrides.history(office.value()).stream().map(o -> Choice.of(o, today())).toList();
    }

    @PutMapping("/offices/{officeId}/parameters/{name}")
    @PreAuthorize("hasAuthority('rules:parameter.manage')")
    Applied setForOffice(@PathVariable UUID officeId, @PathVariable String name, @Valid @RequestBody Change change,
                         Principal user) {
        OfficeId office = office(officeId);
        parameters.set(office, name, change.value(), change.effectiveFrom(), change.reason(), user.getName());
        return Applied.of(parameters.forOffice(office, name, change.effectiveFrom()));
    }

    @GetMapping("/tenant/parameters")
    @Transactional(readOnly = true)
    List<Applied> forTenant(@RequestParam(required = false) LocalDate date) {
        LocalDate on = on(date);
        return parameters.definitions(on).stream().filter(d -> !d.text("scope").equals("OFFICE"))
                .map(d -> Applied.of(parameters.forTenant(d.text("name"), on))).toList();
    }

    @GetMapping("/tenant/parameters/history")
    @Transactional(readOnly = true)
    List<Choice> tenantHistory() {
        return overrides.tenantHistory().stream().map(o -> Choice.of(o, today())).toList();
    }

    @PutMapping("/tenant/parameters/{name}")
    @PreAuthorize("hasAuthority('rules:parameter.manage')")
    Applied setForTenant(@PathVariable String name, @Valid @RequestBody Change change, Principal user) {
        parameters.set(null, name, change.value(), change.effectiveFrom(), change.reason(), user.getName());
        return Applied.of(parameters.forTenant(name, change.effectiveFrom()));
    }

    private OfficeId office(UUID officeId) {
        return offices.find(new OfficeId(officeId)).filter(o -> scope.covers(o.id())).map(o -> o.id())
                .orElseThrow(() -> new Problem.NotFound("office.notFound"));
    }

    private LocalDate on(LocalDate date) {
        return date == null ? today() : date;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A new choice from a date; a null value goes back to the default (the tenant's, else the national one). */
    record Change(@Size(max = 100) String value, @NotNull LocalDate effectiveFrom, @Size(max = 500) String reason) {
    }

    record Definition(String name, String title, String scope, String kind, List<String> allowed, BigDecimal min,
                      BigDecimal max, String defaultValue, String unit, LocalDate versionFrom, String source) {
        static Definition of(RuleRow d, Locale locale) {
            return new Definition(d.text("name"), d.text(locale.getLanguage().equals("en") ? "titleEn" : "titleJa"),
                    d.text("scope"), d.text("kind"), d.has("allowed") ? List.of(d.text("allowed").split("\\|")) : List.of(),
                    d.has("min") ? d.decimal("min") : null, d.has("max") ? d.decimal("max") : null, d.text("defaultValue"),
                    d.has("unit") ? d.text("unit") : null, d.version().effectiveFrom(), d.version().source());
        }
    }

    /** The value that applies, and whether it is the office's, the tenant's or the national default. */
    record Applied(String name, String value, ParameterValue.Origin origin, boolean overridden, LocalDate effectiveFrom,
                   String source, String setBy, Instant setAt) {
        static Applied of(ParameterValue v) {
            return new Applied(v.name(), v.value(), v.origin(), v.overridden(), v.effectiveFrom(), v.source(), v.setBy(), v.setAt());
        }
    }

    /** One stored choice; {@code scheduled} when it starts after today. */
    record Choice(String name, UUID officeId, String value, LocalDate effectiveFrom, String reason, String setBy,
                  Instant setAt, boolean scheduled) {
        static Choice of(RuleOverride o, LocalDate today) {
            return new Choice(o.parameter(), o.officeId(), o.value(), o.effectiveFrom(), o.reason(), o.setBy(), o.setAt(),
                    o.effectiveFrom().isAfter(today));
        }
    }
}
