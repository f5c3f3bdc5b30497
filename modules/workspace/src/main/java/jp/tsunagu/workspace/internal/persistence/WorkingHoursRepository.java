package jp.tsunagu.workspace.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.workspace.internal.domain.WorkingHours;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkingHoursRepository extends JpaRepository<WorkingHours, UUID> {

    @Query("select h from WorkingHours h where h.officeId = :office and h.personId = :person order by h.effectiveFrom")
    List<WorkingHours> ofPerson(UUID office, UUID person);

    /** The hours in force on {@code date}: the latest that took effect on or before it. */
    default Optional<WorkingHours> on(UUID office, UUID person, LocalDate date) {
        return ofPerson(office, person).stream().filter(h -> !h.effectiveFrom().isAfter(date)).reduce((a, b) -> b);
    }
}
