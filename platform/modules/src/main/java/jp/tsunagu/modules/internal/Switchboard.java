package jp.tsunagu.modules.internal;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.ModuleActivations;
import jp.tsunagu.modules.ModuleRegistry;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Switches modules on and off per office, enforcing requirements and service types. */
@Service
@Transactional
class Switchboard implements ModuleActivations {
    private final OfficeModuleRepository activations;
    private final ModuleRegistry registry;
    private final Offices offices;
    private final Clock clock;

    Switchboard(OfficeModuleRepository activations, ModuleRegistry registry, Offices offices, Clock clock) {
        this.activations = activations;
        this.registry = registry;
        this.offices = offices;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEnabled(OfficeId office, String moduleKey) {
        return activations.findByOfficeIdAndModuleKey(office.value(), moduleKey).map(OfficeModule::enabled).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> enabledFor(OfficeId office) {
        return activations.findByOfficeId(office.value()).stream()
                .filter(OfficeModule::enabled)
                .map(OfficeModule::moduleKey)
                .filter(key -> registry.find(key).isPresent())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void enable(OfficeId office, String key, String by) {
        enable(office(office), key, by);
    }

    @Override
    public void disable(OfficeId office, String key, String by) {
        disable(office(office), key, by);
    }

    private OfficeSummary office(OfficeId id) {
        return offices.find(id).orElseThrow(() -> new Problem.NotFound("office.notFound"));
    }

    /** Switches {@code key} on for {@code office}; idempotent. */
    void enable(OfficeSummary office, String key, String by) {
        BusinessModule module = module(key);
        if (!module.serviceTypes().isEmpty() && module.serviceTypes().stream().noneMatch(office::offers)) {
            throw new Problem.Conflict("module.serviceTypeNotOffered", key, module.serviceTypes().toString());
        }
        Set<String> enabled = enabledFor(office.id());
        for (String required : module.requires()) {
            if (!enabled.contains(required)) {
                throw new Problem.Conflict("module.requiredModuleOff", key, required);
            }
        }
        OfficeModule activation = activations.findByOfficeIdAndModuleKey(office.id().value(), key)
                .orElseGet(() -> new OfficeModule(office.id().value(), key));
        if (!activation.enabled()) {
            activation.enable(by, clock.instant());
            activations.saveAndFlush(activation);
        }
    }

    /** Switches {@code key} off for {@code office}; refused while an enabled module requires it. */
    void disable(OfficeSummary office, String key, String by) {
        module(key);
        Set<String> enabled = enabledFor(office.id());
        for (String other : enabled) {
            if (registry.find(other).map(m -> m.requires().contains(key)).orElse(false)) {
                throw new Problem.Conflict("module.requiredBy", key, other);
            }
        }
        activations.findByOfficeIdAndModuleKey(office.id().value(), key)
                .filter(OfficeModule::enabled)
                .ifPresent(activation -> {
                    activation.disable(by, clock.instant());
                    activations.saveAndFlush(activation);
                });
    }

    OfficeModule activation(OfficeId office, String key) {
        return activations.findByOfficeIdAndModuleKey(office.value(), key).orElse(null);
    }

    private BusinessModule module(String key) {
        return registry.find(key).orElseThrow(() -> new Problem.NotFound("module.notFound", key));
    }
}
