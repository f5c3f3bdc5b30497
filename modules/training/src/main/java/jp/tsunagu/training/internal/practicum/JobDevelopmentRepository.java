package jp.tsunagu.training.internal.practicum;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JobDevelopmentRepository extends JpaRepository<JobDevelopment, UUID> {

    @Query("select d from JobDevelopment d where d.officeId = :office and d.companyId = :company order by d.visitedOn, d.id")
    List<JobDevelopment> of(UUID office, UUID company);

    @Query("select d from JobDevelopment d where d.officeId = :office order by d.visitedOn desc, d.id")
    List<JobDevelopment> ofOffice(UUID office);
}
