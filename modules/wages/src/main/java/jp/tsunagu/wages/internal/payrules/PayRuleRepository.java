package jp.tsunagu.wages.internal.payrules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayRuleRepository extends JpaRepository<PayRule, UUID> {

    /** The office's versions, newest first. */
    @Query("select r from PayRule r where r.officeId = :office order by r.effectiveMonth desc")
    List<PayRule> ofOffice(UUID office);

    @Query("select r from PayRule r where r.officeId = :office and r.effectiveMonth = :month")
    Optional<PayRule> startingIn(UUID office, LocalDate month);

    /** Whether a run of the office is closed for {@code month} (its first day) or a later month. */
    @Query(value = "select exists (select 1 from wages_run r where r.office_id = :office and r.run_month >= :month)", nativeQuery = true)
    boolean closedFrom(UUID office, LocalDate month);

    /** The version in force in {@code month} (its first day): the latest that starts on or before it. */
    @Query("select r from PayRule r where r.officeId = :office and r.effectiveMonth <= :month order by r.effectiveMonth desc limit 1")
    Optional<PayRule> inForce(UUID office, LocalDate month);
}
