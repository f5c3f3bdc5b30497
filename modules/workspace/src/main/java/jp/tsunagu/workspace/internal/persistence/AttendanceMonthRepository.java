package jp.tsunagu.workspace.internal.persistence;

import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.workspace.internal.domain.AttendanceMonth;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttendanceMonthRepository extends JpaRepository<AttendanceMonth, AttendanceMonth.Key> {

    @Query("select count(m) > 0 from AttendanceMonth m where m.officeId = :office and m.month = :month")
    boolean closed(UUID office, LocalDate month);

    @Query("select m from AttendanceMonth m where m.officeId = :office and m.month = :month")
    java.util.Optional<AttendanceMonth> find(UUID office, LocalDate month);
}
