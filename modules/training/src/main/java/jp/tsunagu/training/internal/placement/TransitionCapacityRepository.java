package jp.tsunagu.training.internal.placement;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TransitionCapacityRepository extends JpaRepository<TransitionCapacity, UUID> {

    @Query("select c from TransitionCapacity c where c.officeId = :office and c.fiscalYear = :year")
    Optional<TransitionCapacity> of(UUID office, int year);
}
