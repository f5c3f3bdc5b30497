/**
 * 工賃 (B型): the production activity ledger (生産活動) of an office, per activity and month, its revenue, expenses
 * and the month's pool (工賃の原資 = revenue − expenses), and the distribution of a pool to the users by a rule
 * (WG-2, WG-3). Other modules use only {@code api} and {@code events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wages",
        allowedDependencies = {"kernel", "tenancy", "audit", "modules", "web", "workspace :: api"})
package jp.tsunagu.wages;
