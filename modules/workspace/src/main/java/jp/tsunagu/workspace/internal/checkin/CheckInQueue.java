package jp.tsunagu.workspace.internal.checkin;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
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
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.workspace.internal.checkin.CheckInBatch.CheckIn;
import jp.tsunagu.workspace.internal.checkin.CheckInBatch.Outcome;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes check-ins in batches (group commit). Each tenant's check-ins go to one lane of
 * {@code tsunagu.workspace.check-in.lanes}, each lane with one writer: a request's check-in waits there while the
 * writer is busy, and the writer then takes every check-in waiting, up to {@code tsunagu.workspace.check-in.batch}, in
 * one transaction per tenant ({@link CheckInBatch#write}). When check-ins come one at a time, each is its own
 * batch and waits for nothing; at the morning rush a transaction's begin, reads, round trips and commit are shared by
 * all the check-ins that arrived meanwhile, instead of being paid by each, and the database has one transaction per lane
 * to run instead of one per request. A tenant whose writes wait (for a lock) holds up only the tenants of its lane. The
 * request still answers only after its record is committed, with its own record or its own problem.
 *
 * <p>If a batch's transaction fails (a database error, or waiting longer than
 * {@code tsunagu.workspace.check-in.lock-timeout} for a lock), its check-ins are written again one by one, each in its
 * own transaction, so one failure is that check-in's alone. A check-in still waiting after
 * {@code tsunagu.workspace.check-in.patience} is taken back unwritten and refused (429, try again); one whose batch is
 * being written gets that batch's outcome. A full lane refuses at once.
 *
 * <p>Metric {@code tsunagu.workspace.check-in.batch}: the check-ins of each transaction (count: transactions, total:
 * check-ins).
 */
@Component
class CheckInQueue implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(CheckInQueue.class);
    /** Check-ins one lane holds before it refuses more: a minute of a rush of 500 a second with room to spare. */
    private static final int LANE_CAPACITY = 50_000;

    private final CheckInBatch writes;
    private final int batch;
    private final Duration patience;
    private final List<Lane> lanes = new ArrayList<>();
    private final DistributionSummary sizes;
    private volatile boolean running;

    CheckInQueue(CheckInBatch writes, MeterRegistry meters,
                 @Value("${tsunagu.workspace.check-in.lanes:4}") int lanes,
                 @Value("${tsunagu.workspace.check-in.batch:32}") int batch,
                 @Value("${tsunagu.workspace.check-in.patience:30s}") Duration patience) {
        if (lanes < 1 || batch < 1) {
            throw new IllegalArgumentException("tsunagu.workspace.check-in.lanes and .batch must be at least 1");
        }
        this.writes = writes;
        this.batch = batch;
        this.patience = patience;
        for (int i = 0; i < lanes; i++) {
            this.lanes.add(new Lane(i));
        }
        this.sizes = DistributionSummary.builder("tsunagu.workspace.check-in.batch")
                .description("check-ins written in one transaction").register(meters);
    }

    /** A check-in with the tenant it is for, and where its outcome goes. */
    private record Waiting(TenantContext.Carried tenant, CheckIn checkIn, CompletableFuture<Outcome> outcome) {
    }

    /** Writes the check-in with whatever others of its lane wait, and returns its record (or throws the rule it broke). */
    ServiceRecord write(CheckIn checkIn) {
        TenantContext.Carried tenant = TenantContext.carry();
        if (!running) {
            return alone(tenant, checkIn);
        }
        Lane lane = lanes.get(Math.floorMod(tenant.hashCode(), lanes.size()));
        Waiting w = new Waiting(tenant, checkIn, new CompletableFuture<>());
        if (!lane.waiting.offer(w)) {
            throw new Problem.TooManyRequests("rateLimit.exceeded", 1);
        }
        if (!running && lane.waiting.remove(w)) { // stopped meanwhile: the writers may be gone
            return alone(tenant, checkIn);
        }
        try {
            try {
                return w.outcome().get(patience.toMillis(), TimeUnit.MILLISECONDS).record();
            } catch (TimeoutException e) {
                if (lane.waiting.remove(w)) { // never taken: not written, and now never will be
                    log.warn("a check-in waited {} without being written; refused", patience);
                    throw new Problem.TooManyRequests("rateLimit.exceeded", 5);
                }
                return w.outcome().get().record(); // its batch is being written: its outcome is on its way
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (lane.waiting.remove(w)) { // never taken: not written, and now never will be
                throw new IllegalStateException("interrupted before the check-in was written", e);
            }
            throw new IllegalStateException("interrupted while the check-in was written; it may be stored", e);
        }
    }

    /** Before start or after stop: alone, on the caller's thread. */
    private ServiceRecord alone(TenantContext.Carried tenant, CheckIn checkIn) {
        Outcome outcome = tenant.call(() -> writes.write(List.of(checkIn)).get(0));
        sizes.record(1);
        return outcome.record();
    }

    /** One writer and the check-ins waiting for it. */
    private final class Lane {
        private final LinkedBlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>(LANE_CAPACITY);
        private final int number;
        private Thread writer;

        Lane(int number) {
            this.number = number;
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
                    byTenant.forEach(CheckInQueue.this::writeBatch);
                } catch (InterruptedException e) {
                    // only stop() ends a writer (it lets the loop run dry); an interrupt from elsewhere is not a stop
                    log.warn("check-in writer {} interrupted; it goes on", number);
                } catch (RuntimeException | Error e) { // never lose the writer; every taken check-in gets an answer
                    log.error("check-in writer {} failed", number, e);
                    taken.forEach(w -> w.outcome().completeExceptionally(e));
                } finally {
                    taken.clear();
                }
            }
        }
    }

    private void writeBatch(TenantContext.Carried tenant, List<Waiting> ws) {
        List<Outcome> outcomes;
        try {
            outcomes = tenant.call(() -> writes.write(ws.stream().map(Waiting::checkIn).toList()));
        } catch (RuntimeException e) {
            if (ws.size() == 1) {
                ws.get(0).outcome().completeExceptionally(e);
                return;
            }
            log.info("a batch of {} check-ins failed ({}); writing them one by one", ws.size(), e.toString());
            ws.forEach(w -> writeBatch(tenant, List.of(w)));
            return;
        }
        // committed: from here on nothing may send them round again
        sizes.record(ws.size());
        for (int i = 0; i < ws.size(); i++) {
            ws.get(i).outcome().complete(outcomes.get(i));
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (Lane lane : lanes) {
            lane.writer = Thread.ofPlatform().name("check-in-writer-" + lane.number).daemon(true).unstarted(lane::writeLoop);
            lane.writer.start();
        }
    }

    /** Stops taking new check-ins on the writers (they are written on their callers' threads) and writes those waiting. */
    @Override
    public synchronized void stop() {
        running = false;
        for (Lane lane : lanes) {
            if (lane.writer == null) {
                continue;
            }
            try {
                lane.writer.join(patience.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
