package jp.tsunagu.workspace.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceRecordRepository extends JpaRepository<ServiceRecord, UUID> {

    @Query("select r from ServiceRecord r where r.officeId = :office and r.personId = :person and r.serviceDate = :date")
    Optional<ServiceRecord> ofDay(UUID office, UUID person, LocalDate date);

    @Query("select count(r) from ServiceRecord r where r.personId = :person and r.serviceType = :type"
           + " and r.serviceDate >= :from and r.serviceDate < :date")
    long daysBefore(UUID person, ServiceType type, LocalDate from, LocalDate date);

    @Query("select r from ServiceRecord r where r.officeId = :office and r.serviceDate = :date order by r.checkIn")
    List<ServiceRecord> ofOfficeDay(UUID office, LocalDate date);
}
