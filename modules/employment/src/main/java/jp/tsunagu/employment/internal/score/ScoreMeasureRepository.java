package jp.tsunagu.employment.internal.score;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScoreMeasureRepository extends JpaRepository<ScoreMeasure, UUID> {

    @Query("select m from ScoreMeasure m where m.officeId = :office and m.fiscalYear = :year order by m.item")
    List<ScoreMeasure> of(UUID office, int year);
}
