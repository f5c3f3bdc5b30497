/**
 * Identity: the token (Keycloak) only says who the user is; memberships in the application's own database
 * say which tenant, which offices and which roles. The active tenant is chosen among the memberships and
 * checked on every request; roles become privileges, and only privileges are checked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"kernel", "tenancy", "audit", "modules"})
package jp.tsunagu.identity;
