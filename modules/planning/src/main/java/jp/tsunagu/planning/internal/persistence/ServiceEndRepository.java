package jp.tsunagu.planning.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.planning.internal.domain.ServiceEnd;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceEndRepository extends JpaRepository<ServiceEnd, UUID> {

    @Query("select e from ServiceEnd e where e.personId = :person and e.officeId = :office order by e.endedOn desc")
    List<ServiceEnd> ofPerson(UUID office, UUID person);

    /** The latest day each person's service at the office ended, as {@code [personId, endedOn]}. */
    @Query("select e.personId, max(e.endedOn) from ServiceEnd e where e.officeId = :office group by e.personId")
    List<Object[]> lastEnds(UUID office);

    @Query("select e from ServiceEnd e where e.id = :id and e.personId = :person and e.officeId = :office")
    Optional<ServiceEnd> find(UUID office, UUID person, UUID id);
}
