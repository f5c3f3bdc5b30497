package jp.tsunagu.employment.internal.payroll;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/**
 * What payroll needs of an employed user beyond the contract: dependents and a disability (income tax), insurance from
 * its dates with the standard monthly remuneration and the premium share, the birth date (care insurance from 40 to 64)
 * and the monthly resident tax the municipality notified.
 */
@Entity
@Table(name = "payroll_profile")
public class PayrollProfile extends TenantOwnedEntity {
    private UUID officeId;
    private UUID personId;
    private int dependents;
    private boolean disability;
    private LocalDate employmentInsuranceFrom;
    private LocalDate socialInsuranceFrom;
    private Long standardMonthlyRemuneration;
    private BigDecimal premiumShare;
    private LocalDate birthDate;
    private long residentTaxMonthly;

    protected PayrollProfile() {
    }

    PayrollProfile(OfficeId office, PersonId person, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.personId = person.value();
    }

    void set(ProfileTerms t) {
        this.dependents = t.dependents();
        this.disability = t.disability();
        this.employmentInsuranceFrom = t.employmentInsuranceFrom();
        this.socialInsuranceFrom = t.socialInsuranceFrom();
        this.standardMonthlyRemuneration = t.standardMonthlyRemuneration() == null ? null : t.standardMonthlyRemuneration().value();
        this.premiumShare = t.premiumShare();
        this.birthDate = t.birthDate();
        this.residentTaxMonthly = t.residentTaxMonthly() == null ? 0 : t.residentTaxMonthly().value();
    }

    ProfileTerms terms() {
        return new ProfileTerms(dependents, disability, employmentInsuranceFrom, socialInsuranceFrom,
                standardMonthlyRemuneration == null ? null : Yen.of(standardMonthlyRemuneration), premiumShare, birthDate, Yen.of(residentTaxMonthly));
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    /** The profile's terms: see the class. */
    public record ProfileTerms(int dependents, boolean disability, LocalDate employmentInsuranceFrom, LocalDate socialInsuranceFrom,
                        Yen standardMonthlyRemuneration, BigDecimal premiumShare, LocalDate birthDate, Yen residentTaxMonthly) {
        static final ProfileTerms NONE = new ProfileTerms(0, false, null, null, null, null, null, Yen.ZERO);

        boolean employmentInsured(LocalDate periodClosing) {
            return employmentInsuranceFrom != null && !employmentInsuranceFrom.isAfter(periodClosing);
        }

        /** Insured for the premium month when enrolled by its first day... or during it: a month of enrolment is charged. */
        boolean socialInsured(YearMonth premiumMonth) {
            return socialInsuranceFrom != null && !socialInsuranceFrom.isAfter(premiumMonth.atEndOfMonth());
        }

        /** The age that counts for the premium month (the age reached by its last day; 1 day before the birthday counts). */
        int age(YearMonth premiumMonth) {
            return birthDate == null ? 30 : java.time.Period.between(birthDate, premiumMonth.atEndOfMonth().plusDays(1)).getYears();
        }
    }
}
