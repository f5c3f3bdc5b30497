package jp.tsunagu.workspace.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.workspace.internal.domain.WorkPlace;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkPlaceRepository extends JpaRepository<WorkPlace, UUID> {

    @Query("select p from WorkPlace p where p.officeId = :office order by p.type, p.name")
    List<WorkPlace> ofOffice(UUID office);

    @Query("select p from WorkPlace p where p.officeId = :office and p.id = :id")
    Optional<WorkPlace> find(UUID office, UUID id);

    @Query("select count(p) > 0 from WorkPlace p where p.officeId = :office and p.type = :type and p.name = :name")
    boolean nameTaken(UUID office, WorkPlace.Type type, String name);
}
