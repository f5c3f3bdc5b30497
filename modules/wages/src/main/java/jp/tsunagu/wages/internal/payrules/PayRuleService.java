package jp.tsunagu.wages.internal.payrules;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.wages.internal.WagesLocks;
import jp.tsunagu.wages.internal.domain.PayCalculation.Basis;
import jp.tsunagu.wages.internal.domain.PayCalculation.RestBy;
import jp.tsunagu.wages.internal.domain.PayCalculation.Terms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's 工賃規程, versioned by effective month. A version is checked before it is stored: the rates its basis
 * needs, no deduction or penalty of any kind (the labour-ness guard rails: attendance, hours and output are the user's
 * free choice, domain README §4), and rates set per user (能力給) only for users the office serves under a B型 or
 * non-employed A型 contract, kept with a warning that names the guideline. A version cannot start in or before a closed
 * month, so a version a closed run used is final (the database refuses a change too).
 */
@Service
public class PayRuleService {
    /** The users whose 工賃 this module pays: B型, and A型 users without an employment contract. */
    public static final List<ServiceType> WAGES_TYPES = List.of(ServiceType.TYPE_B, ServiceType.TYPE_A_NON_EMPLOYED);

    private final PayRuleRepository rules;
    private final Offices offices;
    private final PlanningQueries planning;
    private final AuditTrail audit;
    private final WagesLocks locks;
    private final Clock clock;

    PayRuleService(PayRuleRepository rules, Offices offices, PlanningQueries planning, AuditTrail audit, WagesLocks locks, Clock clock) {
        this.rules = rules;
        this.offices = offices;
        this.planning = planning;
        this.audit = audit;
        this.locks = locks;
        this.clock = clock;
    }

    /** A version as stored, with the warnings its terms call for (empty for most). */
    public record Saved(PayRule rule, List<Warning> warnings) {
    }

    /** A warning about a rule that is accepted: the message key and its arguments. */
    public record Warning(String code, Object... args) {
    }

    /** The warnings a stored version calls for. */
    public static List<Warning> warnings(PayRule rule) {
        return rule.abilityBased() ? List.of(new Warning("wages.payRule.abilityBased")) : List.of();
    }

    @Transactional(readOnly = true)
    public List<PayRule> versions(OfficeId office) {
        offices.require(office);
        return rules.ofOffice(office.value());
    }

    /** A version of the office by id (the one a closed run names). */
    @Transactional(readOnly = true)
    public PayRule version(OfficeId office, java.util.UUID id) {
        return rules.findById(id).filter(r -> r.officeId().equals(office.value()))
                .orElseThrow(() -> new Problem.NotFound("wages.payRule.notFound"));
    }

    /** The version in force in {@code month}, if the office has one. */
    @Transactional(readOnly = true)
    public Optional<PayRule> inForce(OfficeId office, YearMonth month) {
        offices.require(office);
        return rules.inForce(office.value(), month.atDay(1));
    }

    /**
     * Stores the version starting in {@code month}, or replaces it while no closed run has used it. {@code deductions}
     * names what the caller asked to deduct (lateness, unfinished work …): any at all is refused.
     */
    @Transactional
    public Saved save(OfficeId office, YearMonth month, Terms terms, Map<PersonId, Yen> personRates, List<String> deductions,
                      String note, String by) {
        offices.require(office);
        locks.payRules(office, true); // no close reads the rules meanwhile
        if (!deductions.isEmpty()) {
            throw new Problem.Invalid("deductions", "wages.payRule.deduction", deductions.getFirst());
        }
        if (rules.closedFrom(office.value(), month.atDay(1))) {
            throw new Problem.Invalid("month", "wages.payRule.monthClosed", month);
        }
        requireRates(terms);
        if (terms.basis() == Basis.EQUAL_SHARES && terms.restBy() != RestBy.EQUAL) {
            throw new Problem.Invalid("restBy", "wages.payRule.equalSharesRest");
        }
        if (!personRates.isEmpty() && terms.basis() != Basis.HOURLY && terms.basis() != Basis.FIXED_PLUS_HOURLY) {
            throw new Problem.Invalid("personRates", "wages.payRule.personRatesHourly");
        }
        personRates.keySet().forEach(person -> {
            if (!paidByThisModule(office, person, month)) {
                throw new Problem.Invalid("personRates", "wages.payRule.notAWagesUser", person.value());
            }
        });
        Optional<PayRule> existing = rules.startingIn(office.value(), month.atDay(1));
        PayRule rule;
        if (existing.isPresent()) {
            rule = existing.get();
            rule.change(terms, personRates, note);
        } else {
            rule = new PayRule(office.value(), month, terms, personRates, note, by, clock.instant());
        }
        rules.saveAndFlush(rule); // a version a closed run used is refused here, by the database
        audit.record(AuditEvent.of(existing.isPresent() ? AuditEvent.Action.UPDATE : AuditEvent.Action.CREATE, "pay_rule",
                rule.id().toString()).inOffice(office).withDetails("from=" + month + " " + terms + " personRates=" + personRates.size()));
        return new Saved(rule, warnings(rule));
    }

    private static void requireRates(Terms terms) {
        switch (terms.basis()) {
            case HOURLY -> required(terms.ratePerHour(), "ratePerHour");
            case DAILY -> required(terms.ratePerDay(), "ratePerDay");
            case PIECE -> required(terms.ratePerPiece(), "ratePerPiece");
            case FIXED_PLUS_HOURLY -> {
                required(terms.ratePerHour(), "ratePerHour");
                required(terms.fixedMonthly(), "fixedMonthly");
            }
            case EQUAL_SHARES -> {
            }
        }
    }

    private static void required(Yen rate, String field) {
        if (rate == null) {
            throw new Problem.Invalid(field, "wages.payRule.rateRequired");
        }
    }

    /**
     * Whether the office serves the person under a B型 or non-employed A型 contract on the first or the last day of
     * {@code month}: the users whose 工賃 this module pays (rates per user, payment methods).
     */
    public boolean paidByThisModule(OfficeId office, PersonId person, YearMonth month) {
        return WAGES_TYPES.stream().anyMatch(type -> planning.hasValidContract(office, person, type, month.atDay(1))
                || planning.hasValidContract(office, person, type, month.atEndOfMonth()));
    }
}
