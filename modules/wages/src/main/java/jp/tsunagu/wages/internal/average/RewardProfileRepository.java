package jp.tsunagu.wages.internal.average;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RewardProfileRepository extends JpaRepository<RewardProfile, UUID> {

    /** The office's versions, newest first. */
    @Query("select p from RewardProfile p where p.officeId = :office order by p.effectiveMonth desc")
    List<RewardProfile> ofOffice(UUID office);

    @Query("select p from RewardProfile p where p.officeId = :office and p.effectiveMonth = :month")
    Optional<RewardProfile> startingIn(UUID office, LocalDate month);
}
