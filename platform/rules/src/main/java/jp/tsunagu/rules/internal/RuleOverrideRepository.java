package jp.tsunagu.rules.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RuleOverrideRepository extends JpaRepository<RuleOverride, UUID> {

    /** The office's and the tenant's choices for the parameters from {@code date} back, newest first. */
    @Query("select o from RuleOverride o where o.parameter in :parameters and (o.officeId = :office or o.officeId is null)"
           + " and o.effectiveFrom <= :date order by o.effectiveFrom desc")
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
