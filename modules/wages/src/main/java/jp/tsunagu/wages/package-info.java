/**
 * 工賃 (B型): the production activity ledger (生産活動) of an office, per activity and month, its revenue, expenses
 * and the month's pool (工賃の原資 = revenue − expenses), the office's 工賃規程 (pay rules) by effective month, and
 * the monthly run that pays the pool out to the users under those rules from the closed month's hours (WG-2, WG-3), and the
 * office's average monthly 工賃 (平均工賃月額) of a fiscal year with the B型 base-reward tier it sets (WG-1). Other modules use
 * only {@code api} and {@code events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wages",
        allowedDependencies = {"kernel", "tenancy", "audit", "rules", "rules :: national", "modules", "web", "web :: zengin", "workspace :: api",
                "workspace :: events", "planning :: api"})
package jp.tsunagu.wages;
