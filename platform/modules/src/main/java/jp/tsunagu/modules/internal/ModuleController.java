package jp.tsunagu.modules.internal;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.ModuleRegistry;
import jp.tsunagu.tenancy.OfficeScope;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lists the modules of an office and switches them on and off (tenant admins). */
@RestController
@RequestMapping("/api/v1/offices/{officeId}/modules")
@Transactional
class ModuleController {
    private final Switchboard switchboard;
    private final ModuleRegistry registry;
    private final Offices offices;
    private final OfficeScope scope;

    ModuleController(Switchboard switchboard, ModuleRegistry registry, Offices offices, OfficeScope scope) {
        this.switchboard = switchboard;
        this.registry = registry;
        this.offices = offices;
        this.scope = scope;
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<ModuleState> list(@PathVariable UUID officeId, Locale locale) {
        OfficeSummary office = office(officeId);
        return registry.all().stream().map(m -> {
            OfficeModule activation = switchboard.activation(office.id(), m.key());
            boolean on = activation != null && activation.enabled();
            return new ModuleState(m.key(), m.displayName(locale), m.serviceTypes(), m.requires(), on,
                    on ? activation.enabledAt() : null, on ? activation.enabledBy() : null);
        }).toList();
    }

    @PutMapping("/{key}")
    @PreAuthorize("hasAuthority('modules:module.manage')")
    List<ModuleState> enable(@PathVariable UUID officeId, @PathVariable String key, Principal user, Locale locale) {
        switchboard.enable(office(officeId), key, user.getName());
        return list(officeId, locale);
    }

    @DeleteMapping("/{key}")
    @ResponseStatus(HttpStatus.OK)
    @PreAuthorize("hasAuthority('modules:module.manage')")
    List<ModuleState> disable(@PathVariable UUID officeId, @PathVariable String key, Principal user, Locale locale) {
        switchboard.disable(office(officeId), key, user.getName());
        return list(officeId, locale);
    }

    private OfficeSummary office(UUID officeId) {
        OfficeId id = new OfficeId(officeId);
        return offices.find(id).filter(o -> scope.covers(o.id()))
                .orElseThrow(() -> new Problem.NotFound("office.notFound"));
    }

    record ModuleState(String key, String name, Set<ServiceType> serviceTypes, Set<String> requires, boolean enabled,
                       Instant enabledAt, String enabledBy) {
    }
}
