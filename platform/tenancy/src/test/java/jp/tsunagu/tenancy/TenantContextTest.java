package jp.tsunagu.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import jp.tsunagu.kernel.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TenantContextTest {
    private final TenantId alpha = new TenantId(UUID.randomUUID());
    private final TenantId beta = new TenantId(UUID.randomUUID());

    @Test
    @DisplayName("a tenant carried to another thread: the work there runs for it, and that thread's own tenant comes back")
    void carried() throws Exception {
        TenantContext.Carried carried = TenantContext.callAs(alpha, TenantContext::carry);
        assertThat(TenantContext.current()).isEmpty();
        TenantId seen = CompletableFuture.supplyAsync(() -> TenantContext.callAs(beta, () -> {
            TenantId inside = carried.call(TenantContext::require);
            assertThat(TenantContext.require()).isEqualTo(beta);
            return inside;
        })).get();
        assertThat(seen).isEqualTo(alpha);
        assertThat(carried).isEqualTo(TenantContext.callAs(alpha, TenantContext::carry))
                .isNotEqualTo(TenantContext.callAs(beta, TenantContext::carry));
    }

    @Test
    @DisplayName("nothing to carry without a tenant")
    void nothingToCarry() {
        assertThatThrownBy(TenantContext::carry).isInstanceOf(IllegalStateException.class);
    }
}
