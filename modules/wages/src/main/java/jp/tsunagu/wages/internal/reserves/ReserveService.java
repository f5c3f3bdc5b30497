package jp.tsunagu.wages.internal.reserves;

import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.wages.internal.WagesLocks;
import jp.tsunagu.wages.internal.reserves.ReserveEntry.Kind;
import jp.tsunagu.wages.internal.reserves.ReserveEntry.Reserve;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's reserves: the opening balances carried in (once per reserve, with the evidence), the balances, and the
 * 工賃 reserve's use by a run that closes a short month (WG-3's choice "use a reserve where one exists"). A use never
 * takes a balance below zero; the equipment reserve never pays 工賃.
 */
@Service
public class ReserveService {
    private final ReserveEntryRepository entries;
    private final Offices offices;
    private final AuditTrail audit;
    private final WagesLocks locks;
    private final Clock clock;

    ReserveService(ReserveEntryRepository entries, Offices offices, AuditTrail audit, WagesLocks locks, Clock clock) {
        this.entries = entries;
        this.offices = offices;
        this.audit = audit;
        this.locks = locks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReserveEntry> entries(OfficeId office) {
        offices.require(office);
        return entries.ofOffice(office.value());
    }

    /** Each reserve's balance (0 for one without entries). */
    @Transactional(readOnly = true)
    public Map<Reserve, Yen> balances(OfficeId office) {
        offices.require(office);
        Map<Reserve, Yen> balances = new EnumMap<>(Reserve.class);
        for (Reserve r : Reserve.values()) {
            balances.put(r, Yen.ZERO);
        }
        entries.ofOffice(office.value()).forEach(e -> balances.merge(e.reserve(), e.signed(), Yen::plus));
        return balances;
    }

    /** Records the balance a reserve had when the office started with Tsunagu, with its evidence; once per reserve. */
    @Transactional
    public ReserveEntry opening(OfficeId office, Reserve reserve, Yen amount, String evidence, String by) {
        offices.require(office);
        if (entries.ofOffice(office.value()).stream().anyMatch(e -> e.reserve() == reserve && e.kind() == Kind.OPENING)) {
            throw new Problem.Invalid("reserve", "wages.reserve.openingTwice", reserve);
        }
        ReserveEntry e = entries.save(new ReserveEntry(office.value(), reserve, Kind.OPENING, amount, null, evidence, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "kouchin_reserve_entry", e.id().toString()).inOffice(office)
                .withDetails("opening " + reserve + " " + amount.value()));
        return e;
    }

    /** Checks that the 工賃 reserve can give {@code amount} (a preview asks before it calculates). */
    @Transactional(readOnly = true)
    public void requireAvailable(OfficeId office, Yen amount) {
        if (amount.isNegative()) {
            throw new Problem.Invalid("reserveUsed", "wages.run.reserveNegative");
        }
        Yen balance = balances(office).get(Reserve.KOUCHIN_FLUCTUATION);
        if (amount.isGreaterThan(balance)) {
            throw new Problem.Invalid("reserveUsed", "wages.run.reserveExceedsBalance", amount.value(), balance.value());
        }
    }

    /** Takes {@code amount} from the 工賃 reserve for the run of {@code month}, in the run's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void use(OfficeId office, YearMonth month, Yen amount, String by) {
        if (amount.isZero()) {
            return;
        }
        locks.reserve(office); // two closes of different months must not both spend the same balance
        requireAvailable(office, amount);
        ReserveEntry e = entries.save(new ReserveEntry(office.value(), Reserve.KOUCHIN_FLUCTUATION, Kind.USE, amount, month,
                "wages_run " + month, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "kouchin_reserve_entry", e.id().toString()).inOffice(office)
                .withDetails("use KOUCHIN_FLUCTUATION " + amount.value() + " for " + month));
    }
}
