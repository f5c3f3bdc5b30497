package jp.tsunagu.planning.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.planning.internal.domain.ServiceUsePlan;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceUsePlanRepository extends JpaRepository<ServiceUsePlan, UUID> {

    @Query("select p from ServiceUsePlan p where p.id = :id and p.officeId = :office")
    Optional<ServiceUsePlan> find(UUID office, UUID id);

    @Query("select p from ServiceUsePlan p where p.personId = :person and p.officeId = :office order by p.draftedOn desc")
    List<ServiceUsePlan> ofPerson(UUID office, UUID person);
}
