package jp.tsunagu.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.modules.ModuleActivations;
import jp.tsunagu.modules.ModuleRegistry;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.web.internal.ModuleContributions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The panels the modules on at an office contribute to a person's page ({@link PersonPanels}), in the module registry's
 * order; a contributor that fails shows as one unavailable panel. The person's page includes them with the first
 * screen's tile fragment ({@code home-tile :: tile}).
 */
@Component
public class ModulePanels {
    private final ObjectProvider<PersonPanels> contributors;
    private final ModuleRegistry registry;
    private final ModuleActivations activations;
    private final Clock clock;

    ModulePanels(ObjectProvider<PersonPanels> contributors, ModuleRegistry registry, ModuleActivations activations, Clock clock) {
        this.contributors = contributors;
        this.registry = registry;
        this.activations = activations;
        this.clock = clock;
    }

    /** The panels about {@code person} at {@code office} for the signed-in user. */
    public List<HomeTile> forPerson(OfficeSummary office, PersonId person, Authentication auth, Locale locale) {
        Set<String> on = activations.enabledFor(office.id());
        Set<String> privileges = auth == null ? Set.of()
                : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        PersonPanels.Request request = new PersonPanels.Request(office, person, LocalDate.now(clock), privileges, locale);
        return ModuleContributions.collect(contributors.stream().toList(), PersonPanels::module, on, registry, locale, c -> c.panels(request),
                "a person page of office " + office.id().value());
    }
}
