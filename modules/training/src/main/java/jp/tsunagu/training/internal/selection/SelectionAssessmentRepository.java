package jp.tsunagu.training.internal.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SelectionAssessmentRepository extends JpaRepository<SelectionAssessment, UUID> {

    @Query("select a from SelectionAssessment a where a.officeId = :office and a.id = :id")
    Optional<SelectionAssessment> find(UUID office, UUID id);

    @Query("select a from SelectionAssessment a where a.officeId = :office order by a.startedOn desc, a.createdAt desc")
    List<SelectionAssessment> ofOffice(UUID office);

    @Query("select count(a) > 0 from SelectionAssessment a where a.officeId = :office and a.personId = :person"
            + " and a.status = jp.tsunagu.training.internal.selection.SelectionAssessment.Status.OPEN")
    boolean openFor(UUID office, UUID person);

    /** Whether the person (of the current tenant, at any of its offices) has an assessment completed by {@code day}. */
    @Query("select count(a) > 0 from SelectionAssessment a where a.personId = :person"
            + " and a.status = jp.tsunagu.training.internal.selection.SelectionAssessment.Status.COMPLETED and a.completedOn <= :day")
    boolean completedBy(UUID person, LocalDate day);
}
