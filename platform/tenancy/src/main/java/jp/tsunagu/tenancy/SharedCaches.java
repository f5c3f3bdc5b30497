package jp.tsunagu.tenancy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Caches that every instance of the application forgets together. A {@code forget()} on one instance sends
 * {@code pg_notify('tsunagu_caches', name)} in the changing transaction (PostgreSQL delivers it only when that
 * transaction commits, and never when it rolls back); each instance listens on a connection of its own
 * ({@code CacheNotificationListener}) and forgets the named cache at once. If that connection is lost, the instance
 * forgets every cache and listens again (what it missed meanwhile is forgotten with the rest), so the lifetime stays
 * a bound only for the moment between a commit and its delivery.
 */
@Component
public class SharedCaches {
    /** The channel the instances listen on. */
    public static final String CHANNEL = "tsunagu_caches";

    private final JdbcTemplate jdbc;
    private final Map<String, List<ShortLivedCache<?, ?>>> byName = new ConcurrentHashMap<>();

    SharedCaches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A cache by key that the other instances forget when this one does; {@code name} says which on the channel. */
    public <K, V> ShortLivedCache<K, V> shortLived(String name, Duration lifetime) {
        ShortLivedCache<K, V> cache = new ShortLivedCache<>(lifetime, System::nanoTime, () -> announce(name));
        byName.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(cache);
        return cache;
    }

    /** A cache per tenant ({@link TenantCache}) that the other instances forget when this one does. */
    public <V> TenantCache<V> perTenant(String name, Duration lifetime) {
        return new TenantCache<>(this.<UUID, V>shortLived(name, lifetime));
    }

    /** In the current transaction if there is one (delivered on its commit), else at once. */
    private void announce(String name) {
        jdbc.queryForObject("select pg_notify(?, ?)::text", String.class, CHANNEL, name);
    }

    /** Another instance (or this one) announced a change: forget the named caches here. */
    public void received(String name) {
        byName.getOrDefault(name, List.of()).forEach(ShortLivedCache::forgetHere);
    }

    /** The notifications may have been missed (the listening connection was lost): forget everything here. */
    public void forgetAll() {
        byName.values().forEach(caches -> caches.forEach(ShortLivedCache::forgetHere));
    }
}
