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
    private final ActivationCache cache;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    Switchboard(OfficeModuleRepository activations, ModuleRegistry registry, Offices offices, Clock clock, ActivationCache cache,
                org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.cache = cache;
        this.jdbc = jdbc;
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

    /** Every office's enabled (and installed) modules, in one read of the tenant's switches (row-level security). */
    @Transactional(readOnly = true)
    public java.util.Map<java.util.UUID, Set<String>> enabledByOffice() {
        java.util.Map<java.util.UUID, Set<String>> enabled = new java.util.HashMap<>();
        jdbc.query("select office_id, module_key from office_module where enabled", rs -> {
            String key = rs.getString(2);
            if (registry.find(key).isPresent()) {
                enabled.computeIfAbsent(rs.getObject(1, java.util.UUID.class), o -> new java.util.HashSet<>()).add(key);
            }
        });
        enabled.replaceAll((office, keys) -> Set.copyOf(keys));
        return enabled;
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
        return offices.require(id);
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
            cache.forget();
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
                    cache.forget();
                });
    }

    OfficeModule activation(OfficeId office, String key) {
        return activations.findByOfficeIdAndModuleKey(office.value(), key).orElse(null);
    }

    private BusinessModule module(String key) {
        return registry.find(key).orElseThrow(() -> new Problem.NotFound("module.notFound", key));
    }
}
