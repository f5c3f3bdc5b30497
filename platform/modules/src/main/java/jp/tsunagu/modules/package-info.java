/**
 * The module switchboard: business modules declare themselves through {@link jp.tsunagu.modules.BusinessModule}
 * and are switched on per office. All modules are always loaded; a module that is off for an office
 * answers 404 there, its navigation entries vanish, and its listeners skip that office's events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Module switchboard", allowedDependencies = {"kernel", "tenancy"})
package jp.tsunagu.modules;
