package jp.tsunagu.modules;

import java.util.List;
import java.util.Optional;

/** Every business module of the application, whether on or off for any office. */
public interface ModuleRegistry {

    List<BusinessModule> all();

    Optional<BusinessModule> find(String key);
}
