package jp.tsunagu.workspace.internal.persistence;

import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.workspace.internal.domain.AttendanceMonth;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttendanceMonthRepository extends JpaRepository<AttendanceMonth, UUID> {

    // native: asked on every check-in, and a native query skips the HQL translation that Hibernate redoes each time
    // while the tenant filter is on (row-level security keeps it to the tenant)
    @Query(value = "select exists (select 1 from attendance_month where office_id = :office and month = :month)", nativeQuery = true)
    boolean closed(UUID office, LocalDate month);

    @Query("select m from AttendanceMonth m where m.officeId = :office and m.month = :month")
    java.util.Optional<AttendanceMonth> find(UUID office, LocalDate month);
}
