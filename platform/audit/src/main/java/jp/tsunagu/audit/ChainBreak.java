package jp.tsunagu.audit;

import java.util.UUID;
import jp.tsunagu.kernel.TenantId;

/** The first record of a tenant's audit chain that does not verify. */
public record ChainBreak(TenantId tenant, long seq, UUID recordId, String problem, long records) {
}
