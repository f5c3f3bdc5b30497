package jp.tsunagu.wages.internal.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WagesRunRepository extends JpaRepository<WagesRun, UUID> {

    @Query("select r from WagesRun r where r.officeId = :office and r.runMonth = :month")
    Optional<WagesRun> ofMonth(UUID office, LocalDate month);

    /** The office's closed runs, newest first. */
    @Query("select r from WagesRun r where r.officeId = :office order by r.runMonth desc")
    List<WagesRun> ofOffice(UUID office);
}
