package jp.tsunagu.employment.internal.payroll;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.audit.AuditEvent;
import jp.tsunagu.audit.AuditTrail;
import jp.tsunagu.employment.internal.contracts.EmploymentContract;
import jp.tsunagu.employment.internal.contracts.EmploymentContractService;
import jp.tsunagu.employment.internal.payroll.PayrollProfile.ProfileTerms;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.Offices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly remuneration (報酬月額) the social insurance grades are looked up from: determined at enrolment from the
 * contract (資格取得時決定), each year from the pay of April to June (定時決定) and after a change of fixed wages
 * (随時改定); what payroll uses for a premium month, and the closed pay the determinations read.
 */
@Service
public class RemunerationService {
    private final RemunerationDeterminationRepository determinations;
    private final PayrollRunRepository runs;
    private final PayrollProfileRepository profiles;
    private final EmploymentContractService contracts;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    RemunerationService(RemunerationDeterminationRepository determinations, PayrollRunRepository runs, PayrollProfileRepository profiles,
                        EmploymentContractService contracts, Offices offices, AuditTrail audit, Clock clock) {
        this.determinations = determinations;
        this.runs = runs;
        this.profiles = profiles;
        this.contracts = contracts;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A determination's kind, as the table keeps it. */
    public enum Kind { ANNUAL, REVISION }

    /**
     * The monthly remuneration for the premium month: the latest determination in force, else the one recorded in the
     * profile, else the one at enrolment from the contract.
     */
    Yen inForce(OfficeId office, EmploymentContract c, ProfileTerms profile, YearMonth premiumMonth) {
        List<RemunerationDetermination> inForce = determinations.inForce(office.value(), c.personId().value(), premiumMonth.atDay(1));
        if (!inForce.isEmpty()) {
            return inForce.getFirst().remuneration();
        }
        return profile.standardMonthlyRemuneration() != null ? profile.standardMonthlyRemuneration() : acquisitionRemuneration(c);
    }

    /** The remuneration in force for {@code month} (as payroll would use it), for a revision to compare with. */
    @Transactional(readOnly = true)
    public Yen inForce(OfficeId office, PersonId person, YearMonth month) {
        EmploymentContract c = contracts.runningIn(office, month).stream().map(EmploymentContractService.Named::contract)
                .filter(x -> x.personId().equals(person)).reduce((a, b) -> b)
                .orElseThrow(() -> new Problem.Invalid("personId", "employment.payroll.noContract", person.value()));
        ProfileTerms profile = profiles.of(office.value(), person.value()).map(PayrollProfile::terms).orElse(ProfileTerms.NONE);
        return inForce(office, c, profile, month);
    }

    /** A closed payslip as a determination reads it: the month it was paid, its gross and the days worked. */
    public record PaidSlip(YearMonth paid, Yen gross, int days) {
    }

    /** The user's closed payslips paid from {@code from} to {@code to} (pay dates), oldest first. */
    @Transactional(readOnly = true)
    public List<PaidSlip> paidBetween(OfficeId office, PersonId person, LocalDate from, LocalDate to) {
        offices.require(office);
        List<PaidSlip> paid = new ArrayList<>();
        for (PayrollRun run : runs.between(office.value(), from.minusMonths(2).withDayOfMonth(1), to.withDayOfMonth(1))) {
            if (!run.payDate().isBefore(from) && !run.payDate().isAfter(to)) {
                runs.payslips(run.id()).stream().filter(p -> p.personId().equals(person)).findFirst()
                        .ifPresent(p -> paid.add(new PaidSlip(YearMonth.from(run.payDate()), p.payslip().gross(), p.daysWorked())));
            }
        }
        return paid;
    }

    /** Records a determination in force from {@code effective}, audited; false when the user already has one from that month. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean record(OfficeId office, PersonId person, Kind kind, YearMonth effective, Yen remuneration, String basis, String by) {
        if (determinations.ofMonth(office.value(), effective.atDay(1)).stream().anyMatch(d -> d.personId().equals(person))) {
            return false;
        }
        RemunerationDetermination d = determinations.save(new RemunerationDetermination(office, person, kind.name(), effective, remuneration,
                basis, by, clock.instant()));
        audit.record(AuditEvent.of(AuditEvent.Action.CREATE, "remuneration_determination", d.id().toString()).inOffice(office).about(person.value())
                .withDetails(kind.name().toLowerCase(java.util.Locale.ROOT) + " from " + effective + " remuneration=" + remuneration.value() + " "
                        + basis));
        return true;
    }

    /**
     * 資格取得時決定: the monthly remuneration at enrolment from the contract, where none was recorded — the hourly wage
     * × the scheduled weekly hours × 52 ÷ 12, plus the monthly commuting allowance, yen rounded down.
     */
    static Yen acquisitionRemuneration(EmploymentContract c) {
        return acquisitionRemunerationOf(c.hourlyWage(), c.weeklyMinutes(), c.commutingAllowance());
    }

    static Yen acquisitionRemunerationOf(Yen hourlyWage, int weeklyMinutes, Yen commutingAllowance) {
        return Yen.of(hourlyWage.toBigDecimal().multiply(java.math.BigDecimal.valueOf(weeklyMinutes * 52L))
                .divide(java.math.BigDecimal.valueOf(60 * 12), 0, java.math.RoundingMode.DOWN).longValueExact()).plus(commutingAllowance);
    }
}
