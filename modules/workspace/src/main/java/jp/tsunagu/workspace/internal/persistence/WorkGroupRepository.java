package jp.tsunagu.workspace.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.workspace.internal.domain.WorkGroup;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkGroupRepository extends JpaRepository<WorkGroup, UUID> {

    @Query("select g from WorkGroup g where g.officeId = :office order by g.name")
    List<WorkGroup> ofOffice(UUID office);

    @Query("select g from WorkGroup g where g.officeId = :office and g.id = :id")
    Optional<WorkGroup> find(UUID office, UUID id);

    @Query("select count(g) > 0 from WorkGroup g where g.officeId = :office and g.name = :name")
    boolean nameTaken(UUID office, String name);
}
