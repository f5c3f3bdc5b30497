/**
 * The audit trail of personal data (要配慮個人情報): every read and every write produces a record in the
 * same transaction; the table is append-only for the application and hash-chained per office (records about no office: per tenant), and the
 * {@code audit-verify} command names the first record where a chain breaks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"kernel", "tenancy"})
package jp.tsunagu.audit;
