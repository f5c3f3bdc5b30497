package jp.tsunagu.workspace.internal.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Counts over the service records (サービス提供記録) for the staffing and capacity checks: numbers only, no person.
 * Only days of service count: an absence (no check-in) is a record but not a use.
 */
public interface ServiceCountRepository extends Repository<ServiceRecord, UUID> {

    /** User-days: one per person and day with a record of one of the service types. */
    @Query("select count(r) from ServiceRecord r where r.officeId = :office and r.serviceType in :types"
           + " and r.checkIn is not null and r.serviceDate between :from and :to")
    long userDays(UUID office, Collection<ServiceType> types, LocalDate from, LocalDate to);

    /** Opening days: the days with at least one record of one of the service types. */
    @Query("select count(distinct r.serviceDate) from ServiceRecord r where r.officeId = :office and r.serviceType in :types"
           + " and r.checkIn is not null and r.serviceDate between :from and :to")
    long openingDays(UUID office, Collection<ServiceType> types, LocalDate from, LocalDate to);

    /** The persons with a record on a day, per service type: rows of (service type, count). */
    @Query("select r.serviceType, count(distinct r.personId) from ServiceRecord r where r.officeId = :office"
           + " and r.checkIn is not null and r.serviceDate = :date group by r.serviceType")
    List<Object[]> usersByService(UUID office, LocalDate date);

    /** The persons with a record on a day at the office. */
    @Query("select count(distinct r.personId) from ServiceRecord r where r.officeId = :office and r.checkIn is not null and r.serviceDate = :date")
    long users(UUID office, LocalDate date);
}
