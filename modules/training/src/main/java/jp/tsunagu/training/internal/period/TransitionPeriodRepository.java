package jp.tsunagu.training.internal.period;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TransitionPeriodRepository extends JpaRepository<TransitionPeriod, UUID> {

    @Query("select p from TransitionPeriod p where p.officeId = :office and p.personId = :person")
    Optional<TransitionPeriod> of(UUID office, UUID person);

    @Query("select p from TransitionPeriod p where p.officeId = :office")
    List<TransitionPeriod> ofOffice(UUID office);
}
