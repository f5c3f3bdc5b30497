/**
 * Employment (就労継続支援A型, employed users): each user's employment contract (雇用契約) with its written notice of
 * working conditions, the minimum-wage guard (the prefecture's minimum on every day, a 減額特例 permit where one
 * exists, and the contracts a coming change will break). Payroll, insurance, paid leave and the A型 score build on it.
 * Other modules use only {@code api} and {@code events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employment",
        allowedDependencies = {"kernel", "tenancy", "audit", "rules", "rules :: national", "modules", "web", "web :: zengin", "planning :: api",
                "workspace :: api", "wages :: api"})
package jp.tsunagu.employment;
