package jp.tsunagu.planning.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.planning.internal.domain.Assessment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    @Query("select a from Assessment a where a.personId = :person and a.officeId = :office order by a.interviewedOn desc, a.createdAt desc")
    List<Assessment> ofPerson(UUID office, UUID person);

    @Query("select a from Assessment a where a.id = :id and a.personId = :person and a.officeId = :office")
    Optional<Assessment> find(UUID office, UUID person, UUID id);
}
