package jp.tsunagu.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ShortLivedCacheTest {
    private final AtomicInteger loads = new AtomicInteger();

    private String load(String value) {
        loads.incrementAndGet();
        return value;
    }

    @Test
    @DisplayName("a value is loaded once per key within its lifetime, and again after it")
    void keptForItsLifetime() {
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
        ShortLivedCache<String, String> cache = new ShortLivedCache<>(Duration.ofSeconds(5), clock::get);
        assertThat(cache.get("a", () -> load("one"))).isEqualTo("one");
        clock.addAndGet(Duration.ofMillis(4999).toNanos());
        assertThat(cache.get("a", () -> load("two"))).isEqualTo("one");
        assertThat(cache.get("b", () -> load("three"))).isEqualTo("three");
        assertThat(loads).hasValue(2);
        clock.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(cache.get("a", () -> load("four"))).isEqualTo("four");
        assertThat(loads).hasValue(3);
    }

    @Test
    @DisplayName("a lifetime of 0 and a null key keep nothing")
    void off() {
        ShortLivedCache<String, String> none = new ShortLivedCache<>(Duration.ZERO);
        none.get("a", () -> load("one"));
        assertThat(none.get("a", () -> load("two"))).isEqualTo("two");
        ShortLivedCache<String, String> cache = new ShortLivedCache<>(Duration.ofMinutes(1));
        cache.get(null, () -> load("three"));
        assertThat(cache.get(null, () -> load("four"))).isEqualTo("four");
        assertThat(loads).hasValue(4);
    }

    @Test
    @DisplayName("forget: the next read loads again, and a value loaded while forgetting is not kept")
    void forget() {
        ShortLivedCache<String, String> cache = new ShortLivedCache<>(Duration.ofMinutes(1));
        cache.get("a", () -> load("before"));
        cache.forget();
        assertThat(cache.get("a", () -> load("after"))).isEqualTo("after");
        // a load that overlaps a forget (it may have read the state before the change) is answered but not kept
        assertThat(cache.get("b", () -> {
            cache.forget();
            return load("racing");
        })).isEqualTo("racing");
        assertThat(cache.get("b", () -> load("fresh"))).isEqualTo("fresh");
    }

    @Test
    @DisplayName("inside the changing transaction reads are not cached; after it ends the value is forgotten again")
    void changingTransaction() throws InterruptedException {
        ShortLivedCache<String, String> cache = new ShortLivedCache<>(Duration.ofMinutes(1));
        TransactionSynchronizationManager.initSynchronization();
        try {
            cache.forget();
            assertThat(cache.get("a", () -> load("uncommitted"))).isEqualTo("uncommitted");
            assertThat(cache.get("a", () -> load("uncommitted, again"))).isEqualTo("uncommitted, again");
            // another request, outside the changing transaction, still reads (and keeps) the state before the change
            Thread other = new Thread(() -> cache.get("a", () -> load("before the commit")));
            other.start();
            other.join();
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
            }
        } finally {
            TransactionSynchronizationManager.unbindResourceIfPossible(cache);
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(cache.get("a", () -> load("committed"))).isEqualTo("committed");
        assertThat(cache.get("a", () -> load("kept"))).isEqualTo("committed");
    }
}
