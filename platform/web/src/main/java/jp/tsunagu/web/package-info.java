/**
 * Web: RFC 9457 problem+json for every API error (Japanese and English by Accept-Language), the message
 * bundles, the locale, the OpenAPI document, and the server-rendered UI shell whose navigation is
 * contributed by the modules enabled for the chosen office.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = {"kernel", "tenancy", "audit", "rules", "modules", "identity"})
package jp.tsunagu.web;
