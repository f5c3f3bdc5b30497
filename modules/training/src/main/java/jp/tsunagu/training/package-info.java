/**
 * Training (就労移行支援, 就労定着支援, 就労選択支援): the transition service's usage period with its extension, the
 * programme, workplace practicums, job search, placement and the 6-month follow-up with the retention rate that sets
 * the reward, the retention service, and 就労選択支援 assessments. Other modules use only {@code api} and
 * {@code events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training",
        allowedDependencies = {"kernel", "tenancy", "audit", "rules", "rules :: national", "modules", "web", "planning :: api",
                "workspace :: api"})
package jp.tsunagu.training;
