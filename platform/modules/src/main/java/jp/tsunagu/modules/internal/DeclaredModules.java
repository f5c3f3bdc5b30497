package jp.tsunagu.modules.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.ModuleRegistry;
import org.springframework.stereotype.Component;

/** The registry of module descriptors; refuses duplicate keys and requirements on unknown modules at start-up. */
@Component
class DeclaredModules implements ModuleRegistry {
    private final Map<String, BusinessModule> byKey;

    DeclaredModules(List<BusinessModule> modules) {
        this.byKey = modules.stream().collect(Collectors.toUnmodifiableMap(BusinessModule::key, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("two modules declare the key " + a.key());
                }));
        modules.forEach(m -> m.requires().forEach(required -> {
            if (!byKey.containsKey(required)) {
                throw new IllegalStateException("module " + m.key() + " requires unknown module " + required);
            }
        }));
    }

    @Override
    public List<BusinessModule> all() {
        return byKey.values().stream().sorted(Comparator.comparing(BusinessModule::key)).toList();
    }

    @Override
    public Optional<BusinessModule> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
