/**
 * Claims (国保連請求): the monthly claim of each office to the 国民健康保険団体連合会. The office's claim profile (体制届 as
 * data: reward type, capacity, the 工賃 tier and the June 2026 revision status filed, the additions with the date the
 * authority accepted each) beside the figures other modules compute; the calculation per person and service type from
 * the rule tables (base units, additions, 処遇改善加算, the regional unit price, rounding, the user's cap), every figure
 * with its trail. Issue #24, in progress: the checks, the claim file, the documents and the monthly close follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Claims",
        allowedDependencies = {"kernel", "tenancy", "audit", "rules", "rules :: national", "modules", "web", "wages :: api", "planning :: api",
                "workspace :: api", "employment :: api", "training :: api"})
package jp.tsunagu.claims;
