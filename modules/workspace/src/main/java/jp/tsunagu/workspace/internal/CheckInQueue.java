package jp.tsunagu.workspace.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.workspace.internal.AttendanceService.CheckIn;
import jp.tsunagu.workspace.internal.AttendanceService.Outcome;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes check-ins in batches (group commit): a request's check-in waits here while a writer is busy, and the writer
 * then takes every check-in waiting, up to {@code tsunagu.workspace.check-in.batch}, in one transaction per tenant
 * ({@link AttendanceService#checkInAll}). When check-ins come one at a time, each is its own batch and waits for
 * nothing; at the morning rush a transaction's begin, reads, round trips and commit are shared by all the check-ins that
 * arrived meanwhile, instead of being paid by each. The request still answers only after its record is committed, with
 * its own record or its own problem.
 *
 * <p>If a batch's transaction fails (a database error, such as two requests racing for one person's day), its check-ins
 * are written again one by one, each in its own transaction, so one failure is that check-in's alone.
 *
 * <p>Metric {@code tsunagu.workspace.check-in.batch}: the check-ins of each transaction (count: transactions, total:
 * check-ins).
 */
@Component
class CheckInQueue implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(CheckInQueue.class);

    private final AttendanceService attendance;
    private final int writers;
    private final int batch;
    private final Duration patience;
    private final LinkedBlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private final DistributionSummary sizes;

    CheckInQueue(AttendanceService attendance, MeterRegistry meters,
                 @Value("${tsunagu.workspace.check-in.writers:1}") int writers,
                 @Value("${tsunagu.workspace.check-in.batch:32}") int batch,
                 @Value("${tsunagu.workspace.check-in.patience:30s}") Duration patience) {
        if (writers < 1 || batch < 1) {
            throw new IllegalArgumentException("tsunagu.workspace.check-in.writers and .batch must be at least 1");
        }
        this.attendance = attendance;
        this.writers = writers;
        this.batch = batch;
        this.patience = patience;
        this.sizes = DistributionSummary.builder("tsunagu.workspace.check-in.batch")
                .description("check-ins written in one transaction").register(meters);
    }

    /** A check-in with the tenant it is for, and where its outcome goes. */
    private record Waiting(TenantContext.Carried tenant, CheckIn checkIn, CompletableFuture<Outcome> outcome) {
    }

    /** Writes the check-in with whatever others wait, and returns its record (or throws the rule it broke). */
    ServiceRecord write(CheckIn checkIn) {
        TenantContext.Carried tenant = TenantContext.carry();
        if (!running) {
            return alone(tenant, checkIn);
        }
        Waiting w = new Waiting(tenant, checkIn, new CompletableFuture<>());
        waiting.add(w);
        if (!running && waiting.remove(w)) { // stopped meanwhile: the writers may be gone
            return alone(tenant, checkIn);
        }
        try {
            return w.outcome().get(patience.toMillis(), TimeUnit.MILLISECONDS).record();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the check-in was not written within " + patience, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the check-in was written", e);
        }
    }

    /** Before start or after stop: alone, on the caller's thread. */
    private ServiceRecord alone(TenantContext.Carried tenant, CheckIn checkIn) {
        Outcome outcome = tenant.call(() -> attendance.checkInAll(List.of(checkIn)).get(0));
        sizes.record(1);
        return outcome.record();
    }

    private void writeLoop() {
        List<Waiting> taken = new ArrayList<>(batch);
        while (running || !waiting.isEmpty()) {
            try {
                Waiting first = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                taken.add(first);
                waiting.drainTo(taken, batch - 1);
                Map<TenantContext.Carried, List<Waiting>> byTenant = new LinkedHashMap<>();
                taken.forEach(w -> byTenant.computeIfAbsent(w.tenant(), t -> new ArrayList<>()).add(w));
                byTenant.forEach(this::writeBatch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) { // never lose the writer; every taken check-in gets an answer
                taken.forEach(w -> w.outcome().completeExceptionally(e));
            } finally {
                taken.clear();
            }
        }
    }

    private void writeBatch(TenantContext.Carried tenant, List<Waiting> ws) {
        try {
            List<Outcome> outcomes = tenant.call(() -> attendance.checkInAll(ws.stream().map(Waiting::checkIn).toList()));
            sizes.record(ws.size());
            for (int i = 0; i < ws.size(); i++) {
                ws.get(i).outcome().complete(outcomes.get(i));
            }
        } catch (RuntimeException e) {
            if (ws.size() == 1) {
                ws.get(0).outcome().completeExceptionally(e);
                return;
            }
            log.info("a batch of {} check-ins failed ({}); writing them one by one", ws.size(), e.toString());
            ws.forEach(w -> writeBatch(tenant, List.of(w)));
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < writers; i++) {
            Thread t = Thread.ofPlatform().name("check-in-writer-" + i).daemon(true).unstarted(this::writeLoop);
            threads.add(t);
            t.start();
        }
    }

    /** Stops taking new check-ins on the writers (they are written on their callers' threads) and writes those waiting. */
    @Override
    public synchronized void stop() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join(patience.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
