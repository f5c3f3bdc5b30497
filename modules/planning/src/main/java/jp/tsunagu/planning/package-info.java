/**
 * 個別支援計画 and the planning chain: persons (利用者台帳) with their certificates, recipient certificates
 * (受給者証) with benefit decisions, usage contracts (利用契約), assessments, individual support plans as
 * versions through the cycle draft → meeting → consent → delivery, monitoring, and the consultation
 * office's service use plans. Other modules use only {@code api} (queries) and {@code events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning",
        allowedDependencies = {"kernel", "tenancy", "audit", "rules", "rules :: national", "modules", "web"})
package jp.tsunagu.planning;
