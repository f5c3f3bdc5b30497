package jp.tsunagu.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import jp.tsunagu.modules.BusinessModule;
import jp.tsunagu.modules.ModuleRegistry;
import jp.tsunagu.web.HomeTile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tiles contributed by the modules on at an office (the first screen's, a person page's panels): asked in the module
 * registry's order, each contributor that fails shown as one unavailable tile naming its module.
 */
public final class ModuleContributions {
    private static final Logger log = LoggerFactory.getLogger(ModuleContributions.class);

    private ModuleContributions() {
    }

    public static <C> List<HomeTile> collect(List<C> contributors, Function<C, String> module, Set<String> on, ModuleRegistry registry,
                                             Locale locale, Function<C, List<HomeTile>> ask, String where) {
        List<String> order = registry.all().stream().map(BusinessModule::key).toList();
        List<HomeTile> result = new ArrayList<>();
        for (C contributor : contributors.stream().filter(c -> on.contains(module.apply(c)))
                .sorted(Comparator.comparingInt(c -> order.indexOf(module.apply(c)))).toList()) {
            try {
                result.addAll(ask.apply(contributor));
            } catch (RuntimeException e) {
                log.warn("the tiles of module {} failed for {}", module.apply(contributor), where, e);
                String name = registry.find(module.apply(contributor)).map(m -> m.displayName(locale)).orElse(module.apply(contributor));
                result.add(new HomeTile("ui.home.unavailable", HomeTile.Severity.ATTENTION, List.of(),
                        List.of(new HomeTile.Line(name, null, null, HomeTile.Severity.ATTENTION, null)), 0, null, null));
            }
        }
        return result;
    }
}
