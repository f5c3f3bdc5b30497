package jp.tsunagu.claims.internal.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.ModuleActivations;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleView;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.national.PayImprovementAdditions;
import jp.tsunagu.rules.national.TypeBBaseUnits;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.wages.api.ServiceMonthTier;
import jp.tsunagu.wages.api.WagesQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's claim profile (体制届 as data): versions per service type from a month on, checked against the rule
 * tables of that month (a 工賃 tier the base-unit table does not have for the reward type and capacity is refused, so is
 * a 処遇改善加算 class the table does not know); the profile in force for a month beside what other modules compute for
 * it (for B型, the wages module's average monthly 工賃 and tier): a difference is a warning. Audited.
 */
@Service
public class ClaimProfileService {
    private static final Set<String> STAFFING = Set.of("I", "II", "III", "IV", "V", "VI");
    /** The first month of the June 2026 revision: from then a B型 office files whether it is in its scope. */
    private static final YearMonth REVISION = YearMonth.of(2026, 6);

    private final ClaimProfileRepository profiles;
    private final ClaimAdditionRepository additions;
    private final Offices offices;
    private final Rules rules;
    private final WagesQueries wages;
    private final ModuleActivations modules;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final org.springframework.transaction.support.TransactionTemplate readOnly;
    private final jp.tsunagu.employment.api.EmploymentQueries employment;
    private final jp.tsunagu.training.api.TrainingQueries training;

    ClaimProfileService(ClaimProfileRepository profiles, ClaimAdditionRepository additions, Offices offices, Rules rules, WagesQueries wages,
                        ModuleActivations modules, AuditTrail audit, Clock clock,
                        org.springframework.transaction.PlatformTransactionManager transactions,
                        jp.tsunagu.employment.api.EmploymentQueries employment, jp.tsunagu.training.api.TrainingQueries training) {
        this.employment = employment;
        this.training = training;
        this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.profiles = profiles;
        this.additions = additions;
        this.offices = offices;
        this.rules = rules;
        this.wages = wages;
        this.modules = modules;
        this.audit = audit;
        this.clock = clock;
    }

    /** A version to file. */
    public record NewProfile(ServiceType serviceType, YearMonth effectiveMonth, String staffing, Integer capacity, String kouchinTier,
                             TypeBBaseUnits.Variant revisionStatus, String revisionEvidence, Integer typeAScore, String retentionTier,
                             String payImprovement) {
    }

    /** A version as filed. */
    public record ProfileView(UUID id, ServiceType serviceType, YearMonth effectiveMonth, String staffing, int capacity, String kouchinTier,
                              String revisionStatus, String revisionEvidence, Integer typeAScore, String retentionTier, String payImprovement,
                              String createdBy, Instant createdAt) {
    }

    /** A filed figure beside the one another module computes for the month; {@code differs}: a warning. */
    public record Comparison(String field, String filed, String computed, boolean differs, String source) {
    }

    /** An addition filed: what, accepted when, counting from which month (and until which, when ended). */
    public record AdditionView(UUID id, ServiceType serviceType, String addition, java.time.LocalDate acceptedOn, YearMonth countsFrom,
                               YearMonth endedFrom) {
    }

    /** The version in force, the additions that count in the month, and the comparisons. */
    public record InForce(YearMonth month, ServiceType serviceType, ProfileView profile, List<AdditionView> additions,
                          List<Comparison> comparisons) {
    }

    @Transactional(readOnly = true)
    public List<ProfileView> profiles(OfficeId office) {
        offices.require(office);
        return profiles.ofOffice(office.value()).stream().map(ClaimProfile::view).toList();
    }

    /** Files a version (checked first: nothing stored when refused). */
    @Transactional
    public ProfileView file(OfficeId officeId, NewProfile p, String user) {
        OfficeSummary office = offices.require(officeId);
        NewProfile checked = check(office, p);
        if (profiles.exists(officeId.value(), checked.serviceType(), checked.effectiveMonth().atDay(1))) {
            throw new Problem.Conflict("claims.profile.exists", checked.serviceType(), checked.effectiveMonth());
        }
        ClaimProfile saved = profiles.save(new ClaimProfile(officeId, checked, user, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "claim_profile", saved.id().toString()).inOffice(officeId)
                .withDetails(checked.serviceType() + " from " + checked.effectiveMonth()));
        return saved.view();
    }

    /**
     * The version in force for {@code month} (404 {@code claims.profile.none} when none is), beside the computed figures.
     * Two transactions one after the other: the profile's read, then the other module's figures, whose refusal (no
     * figures yet) must not undo the first.
     */
    public InForce inForce(OfficeId officeId, ServiceType type, YearMonth month) {
        InForce filed = tx.execute(status -> filed(officeId, type, month));
        List<Comparison> comparisons = switch (type) {
            case TYPE_B -> typeB(officeId, filed.profile(), month);
            case TYPE_A -> typeA(officeId, filed.profile(), month);
            case TRANSITION, RETENTION -> retention(officeId, type, filed.profile(), month);
            default -> List.of();
        };
        return new InForce(filed.month(), filed.serviceType(), filed.profile(), filed.additions(), comparisons);
    }

    /**
     * The version in force for {@code month} and the additions that count in it, without the other modules' figures and
     * without an audit record of its own (the caller's read is audited): for the month's claim. Empty when none is filed.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY, readOnly = true)
    public java.util.Optional<InForce> filedFor(OfficeId officeId, ServiceType type, YearMonth month) {
        return profiles.upTo(officeId.value(), type, month.atDay(1)).stream().findFirst()
                .map(found -> new InForce(month, type, found.view(), additions.ofType(officeId.value(), type).stream()
                        .filter(a -> a.counts(month)).map(ClaimAddition::view).toList(), List.of()));
    }

    private InForce filed(OfficeId officeId, ServiceType type, YearMonth month) {
        offices.require(officeId);
        if (type == null) {
            throw new Problem.Invalid("serviceType", "claims.profile.required");
        }
        if (month == null) {
            throw new Problem.Invalid("month", "claims.profile.required");
        }
        ClaimProfile found = profiles.upTo(officeId.value(), type, month.atDay(1)).stream().findFirst()
                .orElseThrow(() -> new Problem.NotFound("claims.profile.none", type, month));
        List<AdditionView> counting = additions.ofType(officeId.value(), type).stream().filter(a -> a.counts(month)).map(ClaimAddition::view)
                .toList();
        audit.record(AuditEvent.of(AuditEvent.Action.READ, "claim_profile", found.id().toString()).inOffice(officeId)
                .withDetails(type + " in force " + month));
        return new InForce(month, type, found.view(), counting, List.of());
    }

    @Transactional(readOnly = true)
    public List<AdditionView> additions(OfficeId office) {
        offices.require(office);
        return additions.ofOffice(office.value()).stream().map(ClaimAddition::view).toList();
    }

    /**
     * Records an addition the authority accepted on {@code acceptedOn}: it counts from the month the rule table
     * {@code claim-addition-acceptance} gives (accepted by the 15th: the next month; later: the month after). The
     * addition must be one the service-code table of that month has for the service type.
     */
    @Transactional
    public AdditionView addAddition(OfficeId officeId, ServiceType type, String addition, java.time.LocalDate acceptedOn, String user) {
        OfficeSummary office = offices.require(officeId);
        if (type == null) {
            throw new Problem.Invalid("serviceType", "claims.profile.required");
        }
        if (!office.offers(type)) {
            throw new Problem.Invalid("serviceType", "claims.profile.notOffered", type);
        }
        if (acceptedOn == null) {
            throw new Problem.Invalid("acceptedOn", "claims.profile.required");
        }
        if (acceptedOn.isAfter(java.time.LocalDate.now(clock))) {
            throw new Problem.Invalid("acceptedOn", "claims.addition.future", acceptedOn);
        }
        if (addition == null || addition.isBlank()) {
            throw new Problem.Invalid("addition", "claims.profile.required");
        }
        YearMonth countsFrom;
        try {
            jp.tsunagu.rules.RuleRow rule = rules.on(acceptedOn).row("claim-addition-acceptance", "FILED_ADDITION");
            countsFrom = YearMonth.from(acceptedOn).plusMonths(acceptedOn.getDayOfMonth() <= rule.integer("cutoffDay")
                    ? rule.integer("monthsIfByCutoff") : rule.integer("monthsIfAfter"));
        } catch (RuleNotFound before) {
            throw new Problem.Invalid("acceptedOn", "claims.profile.monthTooEarly", YearMonth.from(acceptedOn));
        }
        String key = addition.strip();
        if (type != ServiceType.TYPE_B) {
            throw new Problem.Invalid("serviceType", "claims.addition.notConfigured", type);
        }
        boolean known = rules.on(countsFrom.atDay(1)).rows(jp.tsunagu.rules.national.TypeBServiceCodes.TABLE).stream()
                .anyMatch(r -> "ADDITION".equals(r.text("kind")) && r.has("addition") && key.equals(r.text("addition")));
        if (!known) {
            throw new Problem.Invalid("addition", "claims.addition.unknown", key, countsFrom);
        }
        ClaimAddition saved = additions.save(new ClaimAddition(officeId, type, key, acceptedOn, countsFrom, user, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "claim_addition", saved.id().toString()).inOffice(officeId)
                .withDetails(type + " " + key + " accepted " + acceptedOn + ", counts from " + countsFrom));
        return saved.view();
    }

    /** For B型: the wages module's tier of the month (its average and profile) beside the filed one. */
    private List<Comparison> typeB(OfficeId office, ProfileView v, YearMonth month) {
        if (!modules.isEnabled(office, "wages")) {
            return List.of(new Comparison("kouchinTier", v.kouchinTier(), null, false, "wages:off"));
        }
        ServiceMonthTier t;
        try {
            t = readOnly.execute(status -> wages.average(office, month));
        } catch (Problem unavailable) {
            return List.of(new Comparison("kouchinTier", v.kouchinTier(), null, false, "wages:" + unavailable.code()));
        }
        String source = "wages: " + t.fiscalYear() + " " + t.basis() + " " + (t.average() == null ? "" : t.average().value() + "円");
        List<Comparison> list = new ArrayList<>();
        list.add(compare("kouchinTier", v.kouchinTier(), t.tier(), source));
        list.add(compare("staffing", v.staffing(), t.staffing().name(), source));
        list.add(compare("capacity", String.valueOf(v.capacity()), String.valueOf(t.capacity()), source));
        if (v.revisionStatus() != null) {
            list.add(compare("revisionStatus", v.revisionStatus(), t.variant().name(), source));
        }
        return list;
    }

    /** For A型: the score the employment module computes for the fiscal year beside the filed one. */
    private List<Comparison> typeA(OfficeId office, ProfileView v, YearMonth month) {
        String filed = v.typeAScore() == null ? null : String.valueOf(v.typeAScore());
        if (!modules.isEnabled(office, "employment")) {
            return List.of(new Comparison("typeAScore", filed, null, false, "employment:off"));
        }
        jp.tsunagu.kernel.FiscalYear year = jp.tsunagu.kernel.FiscalYear.of(month);
        java.util.Optional<jp.tsunagu.employment.api.EmploymentQueries.Score> score;
        try {
            score = tx.execute(status -> employment.score(office, year, v.staffing()));
        } catch (Problem unavailable) {
            return List.of(new Comparison("typeAScore", filed, null, false, "employment:" + unavailable.code()));
        }
        return score.map(s -> List.of(compare("typeAScore", filed, String.valueOf(s.total()), "employment: " + year + " score, "
                + s.units() + " units a day"))).orElseGet(() -> List.of(new Comparison("typeAScore", filed, null, false, "employment:incomplete")));
    }

    /** For 就労移行支援 and 就労定着支援: the retention tier the training module computes for the fiscal year beside the filed one. */
    private List<Comparison> retention(OfficeId office, ServiceType type, ProfileView v, YearMonth month) {
        if (!modules.isEnabled(office, "training")) {
            return List.of(new Comparison("retentionTier", v.retentionTier(), null, false, "training:off"));
        }
        try { // a transaction that may write: the training module audits its read of the supports
            return tx.execute(status -> {
                if (type == ServiceType.TRANSITION) {
                    jp.tsunagu.training.api.RetentionRate r = training.transitionRetentionRate(office, month);
                    return List.of(compare("retentionTier", v.retentionTier(), r.tier(), "training: " + r.fiscalYear() + " " + r.ratePercent()
                            + " % (" + r.retained() + " / " + r.capacities() + ")"));
                }
                jp.tsunagu.training.api.RetentionServiceRate r = training.retentionServiceRate(office, month);
                return List.of(compare("retentionTier", v.retentionTier(), r.band(), "training: " + r.fiscalYear() + " " + r.employed() + " / "
                        + r.users()));
            });
        } catch (Problem unavailable) {
            return List.of(new Comparison("retentionTier", v.retentionTier(), null, false, "training:" + unavailable.code()));
        }
    }

    private static Comparison compare(String field, String filed, String computed, String source) {
        return new Comparison(field, filed, computed, computed != null && !computed.equals(filed), source);
    }

    private NewProfile check(OfficeSummary office, NewProfile p) {
        if (p.serviceType() == null) {
            throw new Problem.Invalid("serviceType", "claims.profile.required");
        }
        if (!office.offers(p.serviceType())) {
            throw new Problem.Invalid("serviceType", "claims.profile.notOffered", p.serviceType());
        }
        if (p.effectiveMonth() == null) {
            throw new Problem.Invalid("effectiveMonth", "claims.profile.required");
        }
        RuleView on;
        try {
            on = rules.on(p.effectiveMonth().atDay(1));
            on.version(TypeBBaseUnits.TABLE);
        } catch (RuleNotFound before) {
            throw new Problem.Invalid("effectiveMonth", "claims.profile.monthTooEarly", p.effectiveMonth());
        }
        if (p.staffing() == null || !STAFFING.contains(p.staffing())) {
            throw new Problem.Invalid("staffing", "claims.profile.staffing", p.staffing());
        }
        if (p.capacity() == null || p.capacity() < 1 || p.capacity() > 999) {
            throw new Problem.Invalid("capacity", "claims.profile.capacity", p.capacity());
        }
        TypeBBaseUnits.Variant status = p.revisionStatus();
        String tier = blank(p.kouchinTier()) ? null : p.kouchinTier().strip();
        if (p.serviceType() == ServiceType.TYPE_B) {
            if (p.effectiveMonth().isBefore(REVISION)) {
                if (status != null && status != TypeBBaseUnits.Variant.STANDARD) {
                    throw new Problem.Invalid("revisionStatus", "claims.profile.revisionBefore", REVISION);
                }
                status = TypeBBaseUnits.Variant.STANDARD;
            } else if (status == null || status == TypeBBaseUnits.Variant.STANDARD) {
                throw new Problem.Invalid("revisionStatus", "claims.profile.revisionRequired", REVISION);
            }
            if (status == TypeBBaseUnits.Variant.EXEMPT && blank(p.revisionEvidence())) {
                throw new Problem.Invalid("revisionEvidence", "claims.profile.evidenceRequired");
            }
            boolean flat = List.of("IV", "V", "VI").contains(p.staffing());
            String wanted = flat ? "FLAT" : tier;
            if (wanted == null) {
                throw new Problem.Invalid("kouchinTier", "claims.profile.tierRequired");
            }
            TypeBBaseUnits.Variant variant = status;
            int capacity = p.capacity();
            boolean known = on.rows(TypeBBaseUnits.TABLE).stream()
                    .anyMatch(r -> r.text("variant").equals(variant.name()) && r.text("staffing").equals(p.staffing())
                            && capacity >= r.integer("minCapacity") && (!r.has("maxCapacity") || capacity <= r.integer("maxCapacity"))
                            && r.text("tier").equals(wanted));
            if (!known) {
                throw new Problem.Invalid("kouchinTier", "claims.profile.tierUnknown", wanted, p.staffing(), capacity, p.effectiveMonth());
            }
            tier = wanted;
        } else if (status != null) {
            throw new Problem.Invalid("revisionStatus", "claims.profile.revisionTypeB");
        }
        if (p.serviceType() == ServiceType.TYPE_A && (p.typeAScore() == null || p.typeAScore() < 0 || p.typeAScore() > 200)) {
            throw new Problem.Invalid("typeAScore", "claims.profile.score", p.typeAScore());
        }
        String payImprovement = blank(p.payImprovement()) ? null : p.payImprovement().strip();
        if (payImprovement != null) {
            try {
                new PayImprovementAdditions(on).perMille(p.serviceType(), payImprovement, false);
            } catch (RuleNotFound | IllegalArgumentException unknown) {
                throw new Problem.Invalid("payImprovement", "claims.profile.payImprovementUnknown", payImprovement, p.effectiveMonth());
            }
        }
        if (p.revisionEvidence() != null && p.revisionEvidence().length() > 500) {
            throw new Problem.Invalid("revisionEvidence", "claims.profile.tooLong", 500);
        }
        return new NewProfile(p.serviceType(), p.effectiveMonth(), p.staffing(), p.capacity(), tier, status,
                blank(p.revisionEvidence()) ? null : p.revisionEvidence().strip(), p.typeAScore(), blank(p.retentionTier()) ? null : p.retentionTier().strip(),
                payImprovement);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
