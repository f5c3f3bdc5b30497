package jp.tsunagu.workspace.internal.persistence;

import java.util.List;
import java.util.UUID;
import jp.tsunagu.workspace.internal.domain.ServiceRecordCorrection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CorrectionRepository extends JpaRepository<ServiceRecordCorrection, UUID> {

    @Query("select c from ServiceRecordCorrection c where c.officeId = :office and c.recordId = :record order by c.createdAt")
    List<ServiceRecordCorrection> ofRecord(UUID office, UUID record);

    @Query("select c from ServiceRecordCorrection c where c.officeId = :office and c.personId = :person"
           + " and c.serviceDate >= :from and c.serviceDate <= :to order by c.serviceDate, c.createdAt")
    List<ServiceRecordCorrection> ofPerson(UUID office, UUID person, java.time.LocalDate from, java.time.LocalDate to);
}
