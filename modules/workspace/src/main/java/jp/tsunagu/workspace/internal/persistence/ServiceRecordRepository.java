package jp.tsunagu.workspace.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.workspace.internal.domain.ServiceRecord;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceRecordRepository extends JpaRepository<ServiceRecord, UUID> {

    @Query("select r from ServiceRecord r where r.officeId = :office and r.personId = :person and r.serviceDate = :date")
    Optional<ServiceRecord> ofDay(UUID office, UUID person, LocalDate date);

    @Query("select r from ServiceRecord r where r.id = :id and r.officeId = :office")
    Optional<ServiceRecord> find(UUID office, UUID id);

    /** The person's records of the day at every office of the tenant (to keep their stays from overlapping). */
    @Query("select r from ServiceRecord r where r.personId = :person and r.serviceDate = :date")
    List<ServiceRecord> ofPersonDay(UUID person, LocalDate date);

    /** The person's records at every office of the tenant from {@code from} to {@code to} (a check-in's month so far). */
    @Query("select r from ServiceRecord r where r.personId = :person and r.serviceDate >= :from and r.serviceDate <= :to")
    List<ServiceRecord> ofPersonMonth(UUID person, LocalDate from, LocalDate to);

    @Query("select r from ServiceRecord r where r.officeId = :office and r.serviceDate = :date order by r.checkIn nulls last, r.personId")
    List<ServiceRecord> ofOfficeDay(UUID office, LocalDate date);

    @Query("select r from ServiceRecord r where r.officeId = :office and r.personId = :person"
           + " and r.serviceDate >= :from and r.serviceDate <= :to order by r.serviceDate")
    List<ServiceRecord> ofPerson(UUID office, UUID person, LocalDate from, LocalDate to);

    @Query("select r from ServiceRecord r where r.officeId = :office"
           + " and r.serviceDate >= :from and r.serviceDate <= :to order by r.personId, r.serviceDate")
    List<ServiceRecord> ofOffice(UUID office, LocalDate from, LocalDate to);

    /**
     * Per person, the start of the office's current period of use of the service type among the days present from
     * {@code from} to {@code to}: the latest day present not preceded by another within the {@code quietMonths} before it,
     * and whether the office kept records (of anyone) before those quiet months: then the quiet months are seen, not a
     * time before the office's records began.
     */
    @Query(nativeQuery = true, value = """
            select distinct on (person_id) person_id, service_date,
                   exists (select 1 from service_record o
                            where o.office_id = :office and o.service_date < d.service_date - make_interval(months => :quietMonths)) from (
              select person_id, service_date, lag(service_date) over (partition by person_id order by service_date) as before
                from service_record
               where office_id = :office and service_type = :type and status = 'PRESENT' and service_date between :from and :to) d
             where before is null or before < service_date - make_interval(months => :quietMonths)
             order by person_id, service_date desc""")
    List<Object[]> useStarts(UUID office, String type, LocalDate from, LocalDate to, int quietMonths);

    /**
     * The office's days present from {@code from} to {@code to} as values, not entities (person, date, service type,
     * check-in, check-out, break), by date: a whole office's month read for a calculation leaves nothing in the
     * persistence context for every later query's flush to check.
     */
    @Query("select r.personId, r.serviceDate, r.serviceType, r.checkIn, r.checkOut, r.breakMinutes from ServiceRecord r"
           + " where r.officeId = :office and r.serviceDate >= :from and r.serviceDate <= :to"
           + " and r.status = jp.tsunagu.workspace.internal.domain.ServiceRecord.Status.PRESENT order by r.serviceDate")
    List<Object[]> presentOfOffice(UUID office, LocalDate from, LocalDate to);
}
