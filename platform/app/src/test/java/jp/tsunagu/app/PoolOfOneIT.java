package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import jp.tsunagu.kernel.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** One pooled connection, shared by threads that alternate tenants: no setting may leak between them. */
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=1")
class PoolOfOneIT extends IntegrationTest {

    @Test
    @DisplayName("10,000 transactions alternating two tenants on 4 threads over a pool of 1 see zero foreign rows")
    void noLeakAcrossPooledConnection() throws Exception {
        int transactions = 10_000;
        int threads = 4;
        AtomicLong foreign = new AtomicLong();
        AtomicLong own = new AtomicLong();
        AtomicLong unbound = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                for (int i = thread; i < transactions; i += threads) {
                    TenantId tenant = i % 2 == 0 ? ALPHA : BETA;
                    if (i % 100 == 99) {
                        // now and then a transaction with no tenant at all must see nothing
                        Long rows = tx.execute(s -> jdbc.queryForObject("select count(*) from office", Long.class));
                        unbound.addAndGet(rows);
                        continue;
                    }
                    List<UUID> seen = inTenant(tenant, () -> jdbc.queryForList("select tenant_id from office", UUID.class));
                    seen.forEach(id -> (id.equals(tenant.value()) ? own : foreign).incrementAndGet());
                }
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        assertThat(foreign.get()).isZero();
        assertThat(unbound.get()).isZero();
        assertThat(own.get()).isGreaterThanOrEqualTo(transactions - transactions / 100);
    }
}
