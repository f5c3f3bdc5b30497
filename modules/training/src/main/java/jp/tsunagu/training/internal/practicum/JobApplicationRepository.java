package jp.tsunagu.training.internal.practicum;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JobApplicationRepository extends JpaRepository<JobApplication, UUID> {

    @Query("select a from JobApplication a where a.officeId = :office and a.id = :id")
    Optional<JobApplication> find(UUID office, UUID id);

    @Query("select a from JobApplication a where a.officeId = :office and a.personId = :person order by a.appliedOn, a.id")
    List<JobApplication> of(UUID office, UUID person);
}
