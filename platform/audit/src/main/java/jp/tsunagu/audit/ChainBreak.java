package jp.tsunagu.audit;

import java.util.UUID;
import jp.tsunagu.kernel.TenantId;

/** The first record of a tenant's audit chains (one per office, one for the tenant) that does not verify; seq counts within its chain. */
public record ChainBreak(TenantId tenant, long seq, UUID recordId, String problem, long records) {
}
