package jp.tsunagu.rules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RuleOverrideRepository extends JpaRepository<RuleOverride, UUID> {

    Optional<RuleOverride> findByOfficeIdAndParameterAndEffectiveFrom(UUID officeId, String parameter, LocalDate date);

    Optional<RuleOverride> findByOfficeIdIsNullAndParameterAndEffectiveFrom(String parameter, LocalDate date);

    /** Every choice of the tenant and of the office, oldest first (the history, scheduled ones included). */
    @Query("select o from RuleOverride o where o.officeId is null or o.officeId = :office order by o.parameter, o.effectiveFrom")
    List<RuleOverride> history(UUID office);

    @Query("select o from RuleOverride o where o.officeId is null order by o.parameter, o.effectiveFrom")
    List<RuleOverride> tenantHistory();
}
