package jp.tsunagu.training.internal.practicum;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticumEvaluationRepository extends JpaRepository<PracticumEvaluation, UUID> {

    @Query("select e from PracticumEvaluation e where e.practicumId = :practicum order by e.evaluatedOn, e.evaluatedBy")
    List<PracticumEvaluation> of(UUID practicum);
}
