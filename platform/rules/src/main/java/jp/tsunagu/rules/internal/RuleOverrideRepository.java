package jp.tsunagu.rules.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RuleOverrideRepository extends JpaRepository<RuleOverride, UUID> {

    /**
     * The office's and the tenant's choices for the parameters from {@code date} back, newest first. In SQL: every
     * check-in asks, and Hibernate translates a query anew each time while the tenant filter is on (row-level
     * security keeps this one to the tenant).
     */
    @Query(value = "select * from rule_override where parameter in (:parameters) and (office_id = :office or office_id is null)"
           + " and effective_from <= :date order by effective_from desc", nativeQuery = true)
    List<RuleOverride> inForceOrBefore(UUID office, Collection<String> parameters, LocalDate date);

    /** The tenant's choice for a parameter in force on a date. */
    Optional<RuleOverride> findFirstByOfficeIdIsNullAndParameterAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
            String parameter, LocalDate date);

    Optional<RuleOverride> findByOfficeIdAndParameterAndEffectiveFrom(UUID officeId, String parameter, LocalDate date);

    Optional<RuleOverride> findByOfficeIdIsNullAndParameterAndEffectiveFrom(String parameter, LocalDate date);

    /** Every choice of the tenant and of the office, oldest first (the history, scheduled ones included). */
    @Query("select o from RuleOverride o where o.officeId is null or o.officeId = :office order by o.parameter, o.effectiveFrom")
    List<RuleOverride> history(UUID office);

    @Query("select o from RuleOverride o where o.officeId is null order by o.parameter, o.effectiveFrom")
    List<RuleOverride> tenantHistory();
}
