package jp.tsunagu.training.internal.selection;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SelectionObservationRepository extends JpaRepository<SelectionObservation, UUID> {

    @Query("select o from SelectionObservation o where o.assessmentId = :assessment order by o.observedOn, o.createdAt")
    List<SelectionObservation> of(UUID assessment);
}
