package jp.tsunagu.training.internal.programme;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface ProgrammeAttendanceRepository extends JpaRepository<ProgrammeAttendance, UUID> {
    @Query("select a from ProgrammeAttendance a where a.sessionId = :session")
    List<ProgrammeAttendance> of(UUID session);

    @Query("select a from ProgrammeAttendance a where a.sessionId in :sessions")
    List<ProgrammeAttendance> ofSessions(Collection<UUID> sessions);

    @Query("select a from ProgrammeAttendance a where a.personId = :person")
    List<ProgrammeAttendance> ofPerson(UUID person);
}
