package jp.tsunagu.employment.internal.insurance;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** The employer as insurance eligibility sees it: its number of employees and the full-time schedule. */
@Entity
@Table(name = "employment_employer")
class Employer extends TenantOwnedEntity {
    private UUID officeId;
    private int employerSize;
    private int fullTimeWeeklyMinutes;
    private int fullTimeDaysPerWeek;

    protected Employer() {
    }

    Employer(OfficeId office, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
    }

    void set(int employerSize, int fullTimeWeeklyMinutes, int fullTimeDaysPerWeek) {
        this.employerSize = employerSize;
        this.fullTimeWeeklyMinutes = fullTimeWeeklyMinutes;
        this.fullTimeDaysPerWeek = fullTimeDaysPerWeek;
    }

    int employerSize() {
        return employerSize;
    }

    int fullTimeWeeklyMinutes() {
        return fullTimeWeeklyMinutes;
    }

    int fullTimeDaysPerWeek() {
        return fullTimeDaysPerWeek;
    }
}
