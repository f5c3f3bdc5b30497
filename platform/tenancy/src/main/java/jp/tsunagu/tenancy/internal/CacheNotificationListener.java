package jp.tsunagu.tenancy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import jp.tsunagu.tenancy.SharedCaches;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on {@link SharedCaches#CHANNEL} with one connection held for the instance's life (outside the pool when the
 * application gives a {@code listenDataSource}), and makes
 * {@link SharedCaches} forget what another instance changed. When the connection breaks, every cache is forgotten
 * (notifications may have been missed) and it listens again after a second.
 */
@Component
class CacheNotificationListener implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(CacheNotificationListener.class);

    private final DataSource dataSource;
    private final SharedCaches caches;
    private volatile boolean running;
    private Thread thread;

    /** {@code listenDataSource}: a connection outside the pool, if the application defines one; else one of the pool's. */
    CacheNotificationListener(org.springframework.beans.factory.ObjectProvider<DataSource> dataSources,
                              @org.springframework.beans.factory.annotation.Qualifier("listenDataSource")
                              org.springframework.beans.factory.ObjectProvider<DataSource> listen,
                              SharedCaches caches) {
        this.dataSource = listen.getIfAvailable(dataSources::getObject);
        this.caches = caches;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("cache-notifications").start(this::listen);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("listen " + SharedCaches.CHANNEL);
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(500);
                    if (received != null) {
                        for (PGNotification n : received) {
                            caches.received(n.getParameter());
                        }
                    }
                }
                s.execute("unlisten *");
            } catch (SQLException | RuntimeException e) {
                caches.forgetAll();
                if (running) {
                    log.warn("listening for cache notifications failed; every cache forgotten, listening again in 1 s: {}", e.toString());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
    }
}
