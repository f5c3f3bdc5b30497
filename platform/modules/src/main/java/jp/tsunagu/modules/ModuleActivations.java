package jp.tsunagu.modules;

import java.util.Set;
import jp.tsunagu.kernel.OfficeId;

/** Which modules are on for an office of the current tenant. */
public interface ModuleActivations {

    boolean isEnabled(OfficeId office, String moduleKey);

    Set<String> enabledFor(OfficeId office);

    /**
     * Switches a module on for an office of the current tenant (idempotent). Refused (409) when the office
     * offers none of the module's service types or a required module is off; 404 for an unknown module or office.
     */
    void enable(OfficeId office, String moduleKey, String by);

    /** Switches a module off (idempotent); refused (409) while an enabled module requires it. */
    void disable(OfficeId office, String moduleKey, String by);
}
