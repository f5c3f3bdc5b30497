package jp.tsunagu.tenancy;

import java.util.Optional;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.TenantId;

/**
 * The public directory of offices across tenants (table {@code office_directory}): an office's number (事業所番号) and
 * name are public, so one tenant may find which tenant runs the office it names as the recipient of a consented
 * provision. Nothing else of another tenant is reachable through it. Kept by the database from each tenant's own writes
 * to its offices.
 */
public interface PublicOffices {

    /** The office with this number (a number is listed once across all tenants). */
    java.util.Optional<Entry> byNumber(String officeNumber);

    /** The entry of one office. */
    Optional<Entry> find(TenantId tenant, OfficeId office);

    /**
     * An office as the directory shows it: where it is routed, its number, name, prefecture, the tenant's kind and name
     * (the corporation or municipality), whether it offers 相談支援.
     */
    record Entry(TenantId tenant, OfficeId office, String officeNumber, String name, String prefecture, String tenantKind,
                 String tenantName, boolean consultation) {
        /** Whether the office belongs to a municipality (市区町村) rather than a corporation. */
        public boolean municipality() {
            return "MUNICIPALITY".equals(tenantKind);
        }
    }
}
