/**
 * Claims (国保連請求): the monthly claim of each office to the 国民健康保険団体連合会. The office's claim profile (体制届 as
 * data: reward type, capacity, the 工賃 tier and the June 2026 revision status filed, the additions with the date the
 * authority accepted each) beside the figures other modules compute; the calculation per person and service type from
 * the rule tables (base units, additions, 処遇改善加算, the regional unit price, rounding, the user's cap), every figure
 * with its trail; upper-limit management; the checks before the claim, each naming the rejection it prevents; the
 * idempotent monthly close that locks its inputs; the claim file, the claim sheet and the users' invoices; corrections
 * (過誤申立) and their re-claim files; the audit pack (運営指導). Issue #24.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Claims",
        allowedDependencies = {"kernel", "tenancy", "audit", "rules", "rules :: national", "modules", "web", "wages :: api", "planning :: api",
                "workspace :: api", "employment :: api", "training :: api"})
package jp.tsunagu.claims;
