package jp.tsunagu.training.internal.selection;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SelectionFindingRepository extends JpaRepository<SelectionFinding, UUID> {

    @Query("select f from SelectionFinding f where f.assessmentId = :assessment order by f.kind, f.createdAt")
    List<SelectionFinding> of(UUID assessment);
}
