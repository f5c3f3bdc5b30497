package jp.tsunagu.training.internal.programme;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface GoalProgressRepository extends JpaRepository<GoalProgress, UUID> {
    @Query("select g from GoalProgress g where g.officeId = :office and g.personId = :person order by g.recordedOn, g.createdAt")
    List<GoalProgress> of(UUID office, UUID person);
}
