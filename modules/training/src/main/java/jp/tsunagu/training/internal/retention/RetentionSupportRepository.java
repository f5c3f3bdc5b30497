package jp.tsunagu.training.internal.retention;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RetentionSupportRepository extends JpaRepository<RetentionSupport, UUID> {

    @Query("select s from RetentionSupport s where s.officeId = :office and s.id = :id")
    Optional<RetentionSupport> find(UUID office, UUID id);

    @Query("select s from RetentionSupport s where s.officeId = :office order by s.supportFrom")
    List<RetentionSupport> ofOffice(UUID office);

    @Query("select s from RetentionSupport s where s.officeId = :office and s.personId = :person order by s.supportFrom")
    List<RetentionSupport> ofPerson(UUID office, UUID person);
}
