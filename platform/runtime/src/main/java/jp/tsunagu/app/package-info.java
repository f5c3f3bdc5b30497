/**
 * The application: assembles the platform and the business modules, owns the master changelog, the
 * embedded database for local runs and tests, and the commands ({@code serve}, {@code migrate},
 * {@code provision}). The only part that may depend on business modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application")
package jp.tsunagu.app;
