package jp.tsunagu.wages.internal.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MonthDueRepository extends JpaRepository<MonthDue, UUID> {

    @Query("select d from MonthDue d where d.officeId = :office and d.dueMonth = :month")
    Optional<MonthDue> ofMonth(UUID office, LocalDate month);

    /** The office's due months whose run is not closed yet, oldest first. */
    @Query("select d from MonthDue d where d.officeId = :office and not exists "
            + "(select r from WagesRun r where r.officeId = d.officeId and r.runMonth = d.dueMonth) order by d.dueMonth")
    List<MonthDue> open(UUID office);
}
