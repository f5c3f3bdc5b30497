package jp.tsunagu.employment.internal.contracts;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * An employment contract (雇用契約) of an employed A型 user: from {@code startDate}, for a fixed term up to
 * {@code endDate} or without one, with the daily schedule, the hourly wage and the other terms the written notice of
 * working conditions states. A change of terms is a new contract from its date; the earlier one then ends the day
 * before ({@link #endBefore}).
 */
@Entity
@Table(name = "employment_contract")
public class EmploymentContract extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private LocalDate startDate;
    private LocalDate endDate;
    private String renewal;
    private int daysPerWeek;
    private LocalTime dailyStart;
    private LocalTime dailyEnd;
    private int breakMinutes;
    private long hourlyWage;
    private String job;
    private String place;
    private long commutingAllowance;
    private String workRulesVersion;

    protected EmploymentContract() {
    }

    EmploymentContract(OfficeId office, PersonId person, ContractTerms t, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
        this.startDate = t.startDate();
        this.endDate = t.endDate();
        this.renewal = t.renewal();
        this.daysPerWeek = t.daysPerWeek();
        this.dailyStart = t.dailyStart();
        this.dailyEnd = t.dailyEnd();
        this.breakMinutes = t.breakMinutes();
        this.hourlyWage = t.hourlyWage().value();
        this.job = t.job();
        this.place = t.place();
        this.commutingAllowance = t.commutingAllowance().value();
        this.workRulesVersion = t.workRulesVersion();
    }

    /** Ends the contract the day before {@code day}, when a new contract changes its terms from that day. */
    void endBefore(LocalDate day) {
        if (!day.isAfter(startDate)) {
            throw new IllegalStateException("a contract from " + startDate + " cannot end before " + day);
        }
        this.endDate = day.minusDays(1);
    }

    public OfficeId officeId() {
        return new OfficeId(officeId);
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public LocalDate startDate() {
        return startDate;
    }

    /** The last day of a fixed term, or null without one. */
    public LocalDate endDate() {
        return endDate;
    }

    public boolean fixedTerm() {
        return endDate != null;
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    public String renewal() {
        return renewal;
    }

    public int daysPerWeek() {
        return daysPerWeek;
    }

    public LocalTime dailyStart() {
        return dailyStart;
    }

    public LocalTime dailyEnd() {
        return dailyEnd;
    }

    public int breakMinutes() {
        return breakMinutes;
    }

    /** The scheduled working time of a day: end − start − break, in minutes. */
    public int dailyMinutes() {
        return (int) Duration.between(dailyStart, dailyEnd).toMinutes() - breakMinutes;
    }

    /** The scheduled working time of a week, in minutes. */
    public int weeklyMinutes() {
        return dailyMinutes() * daysPerWeek;
    }

    public Yen hourlyWage() {
        return Yen.of(hourlyWage);
    }

    public String job() {
        return job;
    }

    public String place() {
        return place;
    }

    public Yen commutingAllowance() {
        return Yen.of(commutingAllowance);
    }

    public String workRulesVersion() {
        return workRulesVersion;
    }
}
