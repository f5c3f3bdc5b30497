package jp.tsunagu.workspace.internal.persistence;

import java.util.List;
import java.util.UUID;
import jp.tsunagu.workspace.internal.domain.WorkAssignment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkAssignmentRepository extends JpaRepository<WorkAssignment, UUID> {

    @Query("select a from WorkAssignment a where a.officeId = :office order by a.startsAt")
    List<WorkAssignment> ofOffice(UUID office);

    @Query("select a from WorkAssignment a where a.placeId = :place")
    List<WorkAssignment> ofPlace(UUID place);
}
