package jp.tsunagu.workspace.internal.persistence;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.workspace.internal.domain.AttendanceConfirmation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConfirmationRepository extends JpaRepository<AttendanceConfirmation, UUID> {

    @Query("select c from AttendanceConfirmation c where c.officeId = :office and c.personId = :person and c.month = :month")
    Optional<AttendanceConfirmation> find(UUID office, UUID person, LocalDate month);

    @Query("select c from AttendanceConfirmation c where c.officeId = :office and c.month = :month")
    java.util.List<AttendanceConfirmation> ofMonth(UUID office, LocalDate month);
}
