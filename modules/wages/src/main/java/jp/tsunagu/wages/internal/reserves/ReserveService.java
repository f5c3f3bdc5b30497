package jp.tsunagu.wages.internal.reserves;

import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.KouchinReserveLimits;
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
    private final Rules rules;
    private final Clock clock;

    ReserveService(ReserveEntryRepository entries, Offices offices, AuditTrail audit, WagesLocks locks, Rules rules, Clock clock) {
        this.entries = entries;
        this.rules = rules;
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

    /**
     * The figures of the fiscal year a set-aside is checked against: the 工賃 paid in the year (its closed runs and the
     * run that sets aside, as calculated), in the years before it that have closed runs (newest first), and the year's
     * production revenue (就労支援事業収入).
     */
    public record YearFigures(FiscalYear year, Yen paid, List<Yen> earlierPaid, Yen revenue) {
    }

    /** The limits a set-aside was checked against (null where that reserve took nothing), for the run's trail. */
    public record Limits(Yen kouchinAnnual, Yen kouchinBalance, List<Yen> kouchinBase, Yen equipmentAnnual, Yen equipmentBalance) {
        public String trail() {
            return "setAsideLimits kouchinAnnual=" + value(kouchinAnnual) + " kouchinBalance=" + value(kouchinBalance) + " kouchinBase="
                    + (kouchinBase == null ? "-" : kouchinBase.stream().map(y -> String.valueOf(y.value())).toList())
                    + " equipmentAnnual=" + value(equipmentAnnual) + " equipmentBalance=" + value(equipmentBalance);
        }

        private static String value(Yen yen) {
            return yen == null ? "-" : String.valueOf(yen.value());
        }
    }

    /**
     * Checks a set-aside against the accounting rules (table {@code kouchin-reserve-limits}): only in the fiscal year's
     * last month, with the board's resolution; not in a year whose 工賃 paid fell below the year before's; the 工賃
     * reserve at most annualRate × the average yearly 工賃 of the base years (this year and the closed years before it,
     * up to baseYears), its balance at most balanceRate × that average, and not while the same run draws on it; the
     * equipment reserve at most annualRate × the year's production revenue, its balance at most balanceRate × the
     * acquisition cost of the production assets. Each refusal names the field and the limit.
     */
    @Transactional(readOnly = true)
    public Limits requireSetAsideAllowed(OfficeId office, YearMonth month, SetAside s, Yen reserveUsed, YearFigures figures) {
        if (s.isNone()) {
            return null;
        }
        YearMonth last = FiscalYear.of(month).lastMonth();
        if (!month.equals(last)) {
            throw new Problem.Invalid(s.kouchin().isZero() ? "setAsideEquipment" : "setAsideKouchin", "wages.setAside.notYearEnd", month, last);
        }
        if (s.kouchin().isNegative() || s.equipment().isNegative()) {
            throw new Problem.Invalid(s.kouchin().isNegative() ? "setAsideKouchin" : "setAsideEquipment", "wages.setAside.negative");
        }
        if (s.resolution() == null || s.resolution().length() > 500) {
            throw new Problem.Invalid("resolution", "wages.setAside.resolution");
        }
        if (!s.kouchin().isZero() && reserveUsed.isGreaterThan(Yen.ZERO)) {
            throw new Problem.Invalid("setAsideKouchin", "wages.setAside.withUse", reserveUsed.value());
        }
        KouchinReserveLimits limits = new KouchinReserveLimits(rules.on(month.atEndOfMonth()));
        Map<Reserve, Yen> balances = balances(office);
        Yen kouchinAnnual = null;
        Yen kouchinBalance = null;
        List<Yen> base = null;
        if (!s.kouchin().isZero()) {
            noDecrease(limits, KouchinReserveLimits.Reserve.KOUCHIN_FLUCTUATION, "setAsideKouchin", figures);
            base = new java.util.ArrayList<>();
            base.add(figures.paid());
            base.addAll(figures.earlierPaid().stream().limit(limits.baseYears(KouchinReserveLimits.Reserve.KOUCHIN_FLUCTUATION) - 1L).toList());
            kouchinAnnual = limits.annualLimit(KouchinReserveLimits.Reserve.KOUCHIN_FLUCTUATION, base);
            kouchinBalance = limits.balanceLimit(KouchinReserveLimits.Reserve.KOUCHIN_FLUCTUATION, base);
            if (s.kouchin().isGreaterThan(kouchinAnnual)) {
                throw new Problem.Invalid("setAsideKouchin", "wages.setAside.kouchinOverAnnual", s.kouchin().value(), kouchinAnnual.value(),
                        base.size());
            }
            Yen after = balances.get(Reserve.KOUCHIN_FLUCTUATION).plus(s.kouchin());
            if (after.isGreaterThan(kouchinBalance)) {
                throw new Problem.Invalid("setAsideKouchin", "wages.setAside.kouchinOverBalance", after.value(), kouchinBalance.value());
            }
        }
        Yen equipmentAnnual = null;
        Yen equipmentBalance = null;
        if (!s.equipment().isZero()) {
            noDecrease(limits, KouchinReserveLimits.Reserve.EQUIPMENT, "setAsideEquipment", figures);
            if (s.assetCost() == null || !s.assetCost().isGreaterThan(Yen.ZERO)) {
                throw new Problem.Invalid("assetCost", "wages.setAside.assetCost");
            }
            equipmentAnnual = limits.annualLimit(KouchinReserveLimits.Reserve.EQUIPMENT, List.of(figures.revenue().max(Yen.ZERO)));
            equipmentBalance = limits.balanceLimit(KouchinReserveLimits.Reserve.EQUIPMENT, List.of(s.assetCost()));
            if (s.equipment().isGreaterThan(equipmentAnnual)) {
                throw new Problem.Invalid("setAsideEquipment", "wages.setAside.equipmentOverAnnual", s.equipment().value(),
                        equipmentAnnual.value(), figures.revenue().value());
            }
            Yen after = balances.get(Reserve.EQUIPMENT).plus(s.equipment());
            if (after.isGreaterThan(equipmentBalance)) {
                throw new Problem.Invalid("setAsideEquipment", "wages.setAside.equipmentOverBalance", after.value(), equipmentBalance.value(),
                        s.assetCost().value());
            }
        }
        return new Limits(kouchinAnnual, kouchinBalance, base, equipmentAnnual, equipmentBalance);
    }

    private static void noDecrease(KouchinReserveLimits limits, KouchinReserveLimits.Reserve reserve, String field, YearFigures figures) {
        if (limits.requiresNoDecrease(reserve) && !figures.earlierPaid().isEmpty()
                && figures.earlierPaid().getFirst().isGreaterThan(figures.paid())) {
            throw new Problem.Invalid(field, "wages.setAside.decreased", figures.paid().value(), figures.earlierPaid().getFirst().value());
        }
    }

    /** Records the set-aside of the run of {@code month} (its checks passed), in the run's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setAside(OfficeId office, YearMonth month, SetAside s, String by) {
        if (s.isNone()) {
            return;
        }
        locks.reserve(office);
        for (Map.Entry<Reserve, Yen> part : Map.of(Reserve.KOUCHIN_FLUCTUATION, s.kouchin(), Reserve.EQUIPMENT, s.equipment()).entrySet()) {
            if (!part.getValue().isZero()) {
                ReserveEntry e = entries.save(new ReserveEntry(office.value(), part.getKey(), Kind.SET_ASIDE, part.getValue(), month,
                        s.resolution(), by, clock.instant()));
                audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "kouchin_reserve_entry", e.id().toString()).inOffice(office)
                        .withDetails("set aside " + part.getKey() + " " + part.getValue().value() + " by the run of " + month
                                + " resolution=" + s.resolution()));
            }
        }
    }

    /** What the run of {@code month} set aside (none for a run that set nothing aside). */
    @Transactional(readOnly = true)
    public SetAside setAsides(OfficeId office, YearMonth month) {
        Yen kouchin = Yen.ZERO;
        Yen equipment = Yen.ZERO;
        String resolution = null;
        for (ReserveEntry e : entries.ofOffice(office.value())) {
            if (e.kind() == Kind.SET_ASIDE && month.equals(e.runMonth())) {
                resolution = e.reason();
                if (e.reserve() == Reserve.KOUCHIN_FLUCTUATION) {
                    kouchin = e.amount();
                } else {
                    equipment = e.amount();
                }
            }
        }
        return new SetAside(kouchin, equipment, resolution, null);
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
