package jp.tsunagu.planning.internal.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    @Query("select a from Assessment a where a.personId = :person and a.officeId = :office order by a.interviewedOn desc, a.createdAt desc")
    List<Assessment> ofPerson(UUID office, UUID person);

    @Query("select a from Assessment a where a.id = :id and a.personId = :person and a.officeId = :office")
    Optional<Assessment> find(UUID office, UUID person, UUID id);
}
