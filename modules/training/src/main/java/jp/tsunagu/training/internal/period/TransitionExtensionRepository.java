package jp.tsunagu.training.internal.period;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TransitionExtensionRepository extends JpaRepository<TransitionExtension, UUID> {

    @Query("select e from TransitionExtension e where e.officeId = :office and e.personId = :person order by e.requestedOn, e.createdAt")
    List<TransitionExtension> of(UUID office, UUID person);

    @Query("select e from TransitionExtension e where e.officeId = :office order by e.requestedOn, e.createdAt")
    List<TransitionExtension> ofOffice(UUID office);

    @Query("select e from TransitionExtension e where e.officeId = :office and e.id = :id")
    Optional<TransitionExtension> find(UUID office, UUID id);
}
