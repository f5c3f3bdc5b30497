package jp.tsunagu.employment.internal.minimumwage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 最低賃金の減額特例 permits of an office's employed A型 users: recorded with their number, reduction and validity
 * (audited about the worker), and handed to the minimum-wage guard as the days they cover.
 */
@Service
public class PermitService {
    private final MinimumWagePermitRepository permits;
    private final PlanningQueries planning;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    PermitService(MinimumWagePermitRepository permits, PlanningQueries planning, Offices offices, AuditTrail audit, Clock clock) {
        this.permits = permits;
        this.planning = planning;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public MinimumWagePermit add(OfficeId office, PersonId person, String number, BigDecimal reductionPercent, LocalDate from, LocalDate to,
                                 String by) {
        offices.require(office);
        if (to.isBefore(from)) {
            throw new Problem.Invalid("validTo", "employment.permit.order", from, to);
        }
        if (reductionPercent.signum() <= 0 || reductionPercent.compareTo(BigDecimal.valueOf(100)) >= 0 || reductionPercent.scale() > 2) {
            throw new Problem.Invalid("reductionPercent", "employment.permit.percent", reductionPercent.toPlainString());
        }
        if (!planning.hasValidContract(office, person, ServiceType.TYPE_A, from) && !planning.hasValidContract(office, person, ServiceType.TYPE_A, to)) {
            throw new Problem.Invalid("personId", "employment.contract.notEmployedUser", person.value(), from);
        }
        MinimumWagePermit p = permits.save(new MinimumWagePermit(office.value(), person, number, reductionPercent, from, to, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "minimum_wage_permit", p.id().toString()).inOffice(office).about(person.value())
                .withDetails("permit=" + p.permitNumber() + " reduction=" + p.reductionPercent().toPlainString() + "% " + from + ".." + to));
        return p;
    }

    /** The office's permits, by the day they start. Not audited: the caller records what it shows. */
    @Transactional(readOnly = true)
    public List<MinimumWagePermit> ofOffice(OfficeId office) {
        offices.require(office);
        return permits.ofOffice(office.value());
    }

    /** A permit with the worker's name and kana as the office served them when it starts (or ends). */
    public record NamedPermit(MinimumWagePermit permit, String name, String kana) {
    }

    /**
     * The office's permits with the workers' names, by kana and then the day they start; the read is audited about
     * each worker (once for the office when there is none).
     */
    @Transactional
    public List<NamedPermit> read(OfficeId office) {
        List<NamedPermit> named = new java.util.ArrayList<>();
        for (MinimumWagePermit p : ofOffice(office)) {
            PlanningQueries.ServedPerson who = planning.served(office, p.personId(), p.validFrom())
                    .or(() -> planning.served(office, p.personId(), p.validTo()))
                    .orElse(new PlanningQueries.ServedPerson(p.personId(), "?", "?", null, java.util.Set.of()));
            named.add(new NamedPermit(p, who.name(), who.kana()));
        }
        named.sort(java.util.Comparator.comparing(NamedPermit::kana, java.text.Collator.getInstance(java.util.Locale.JAPANESE))
                .thenComparing(n -> n.permit().validFrom()));
        AuditEvent read = AuditEvent.of(AuditEvent.Action.READ, "minimum_wage_permit", office.value().toString()).inOffice(office)
                .withDetails("permits=" + named.size());
        audit.recordAll(named.isEmpty() ? List.of(read)
                : named.stream().map(n -> n.permit().personId().value()).distinct().map(read::about).toList());
        return named;
    }

    /** The worker's permits at the office, as the guard reads them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<MinimumWageGuard.Permit> forGuard(OfficeId office, PersonId person) {
        return permits.ofPerson(office.value(), person.value()).stream().map(MinimumWagePermit::asGuardPermit).toList();
    }
}
