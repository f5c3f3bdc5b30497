package jp.tsunagu.wages.internal.run;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.wages.events.WagesMonthClosed;
import jp.tsunagu.wages.internal.WagesLocks;
import jp.tsunagu.wages.internal.reserves.SetAside;
import jp.tsunagu.wages.internal.domain.PayCalculation;
import jp.tsunagu.wages.internal.domain.PayCalculation.Distributed;
import jp.tsunagu.wages.internal.domain.PayCalculation.NoWork;
import jp.tsunagu.wages.internal.domain.PayCalculation.Shortfall;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一括確定: the set-based close of a month for every due office of a tenant, beside {@link RunService}'s close of one
 * office; both share the calculation, the trail and the audit record ({@link RunService#outcome},
 * {@link RunService#trail}, {@link RunService#closedRecord}) and the month's lock ({@link WagesLocks}).
 */
@Service
public class BatchClose {
    private final RunBatch batch;
    private final WagesLocks locks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BatchClose(RunBatch batch, WagesLocks locks, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.batch = batch;
        this.locks = locks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Why {@link #closeAll} left an office's month open (a person decides: the run's page tells them what is missing). */
    public enum LeftOpenBecause {
        /** No 工賃規程 is in force in the month. */
        NO_PAY_RULE,
        /** The rule pays per piece: the pieces each user made are entered with the close, by a person. */
        PIECES_NEEDED,
        /** The pool cannot pay the base parts (WG-3): a lower rate or the reserve, a person's choice. */
        SHORTFALL,
        /** Something is left to share but nobody worked. */
        NO_WORK,
        /** The month pays adjustments for closed months: a person closes it, having checked them. */
        ADJUSTMENTS
    }

    /** A run {@link #closeAll} closed: the office, the total paid and the number of users paid. */
    public record ClosedRun(OfficeId office, Yen totalPaid, int users) {
    }

    /** An office whose month {@link #closeAll} left open, why, and the amount missing for a shortfall (else null). */
    public record LeftOpen(OfficeId office, LeftOpenBecause reason, Yen shortfall) {
    }

    /** What {@link #closeAll} did with the month of the tenant's offices whose run was due. */
    public record MonthClosed(YearMonth month, List<ClosedRun> closed, List<LeftOpen> leftOpen) {
        /** The payments stored, one per user of each closed run. */
        public int payments() {
            return closed.stream().mapToInt(ClosedRun::users).sum();
        }
    }

    /**
     * 一括確定: closes {@code month} for every office of the current tenant whose run is due — the wages module on, the
     * month's service records closed, no run stored — as {@link RunService#close} would close each without pieces or reserve: the
     * same calculation, the same rows, audit record and {@link WagesMonthClosed} per office. An office whose rule pays per
     * piece, whose pool falls short (WG-3), that has no rule or nobody who worked, or whose month pays adjustments for
     * closed months, is left open and reported, never closed. Set-based ({@link RunBatch}: a statement each for the offices, their inputs, their users and the rows to
     * store, whatever the number of offices), for a platform job that closes a month everywhere, tenant by tenant.
     * Idempotent like {@link RunService#close}: it takes each office's lock and skips an office already closed, so a close of one
     * office at the same time never doubles a run (the unique key of the month holds underneath).
     */
    @Transactional
    public MonthClosed closeAll(YearMonth month, String by) {
        List<OfficeId> due = batch.lockDue(month);
        due.forEach(office -> locks.payRules(office, false)); // no new version of an office's rules while it closes
        if (due.isEmpty()) {
            return new MonthClosed(month, List.of(), List.of());
        }
        Map<OfficeId, Map<PersonId, RunService.Worked>> worked = batch.worked(due, month);
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<RunBatch.NewRun> runs = new ArrayList<>();
        List<LeftOpen> leftOpen = new ArrayList<>();
        for (RunBatch.Inputs in : batch.inputs(due, month)) {
            if (in.rule() == null) {
                leftOpen.add(new LeftOpen(in.office(), LeftOpenBecause.NO_PAY_RULE, null));
                continue;
            }
            if (in.adjustments()) {
                leftOpen.add(new LeftOpen(in.office(), LeftOpenBecause.ADJUSTMENTS, null));
                continue;
            }
            if (in.rule().terms().basis() == PayCalculation.Basis.PIECE) {
                leftOpen.add(new LeftOpen(in.office(), LeftOpenBecause.PIECES_NEEDED, null));
                continue;
            }
            Map<PersonId, RunService.Worked> users = worked.getOrDefault(in.office(), Map.of());
            switch (RunService.outcome(in.rule(), in.revenue().minus(in.expenses()), users, Map.of())) {
                case Shortfall<PersonId> s -> leftOpen.add(new LeftOpen(in.office(), LeftOpenBecause.SHORTFALL, s.shortfall()));
                case NoWork<PersonId> n -> leftOpen.add(new LeftOpen(in.office(), LeftOpenBecause.NO_WORK, null));
                case Distributed<PersonId> d -> runs.add(new RunBatch.NewRun(java.util.UUID.randomUUID(), in.office(), in.rule(),
                        in.revenue(), in.expenses(), d, users, RunService.trail(in.rule(), month, in.revenue(), in.expenses(), Yen.ZERO, SetAside.NONE, null, List.of(),
                        d.payments().size(), d)));
            }
        }
        batch.store(runs, month, by, now);
        audit.recordAll(runs.stream().map(r -> RunService.closedRecord(r.office(), month, r.id(), r.outcome().total(), r.outcome().payments().size()))
                .toList());
        List<ClosedRun> closed = new ArrayList<>();
        for (RunBatch.NewRun r : runs) {
            events.publishEvent(new WagesMonthClosed(TenantContext.require(), r.office(), month, r.outcome().total()));
            closed.add(new ClosedRun(r.office(), r.outcome().total(), r.outcome().payments().size()));
        }
        return new MonthClosed(month, closed, leftOpen);
    }
}
