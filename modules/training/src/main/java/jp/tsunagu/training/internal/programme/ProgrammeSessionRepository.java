package jp.tsunagu.training.internal.programme;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface ProgrammeSessionRepository extends JpaRepository<ProgrammeSession, UUID> {
    @Query("select s from ProgrammeSession s where s.officeId = :office and s.sessionDate between :from and :to"
           + " order by s.sessionDate desc, s.startsAt desc, s.id")
    List<ProgrammeSession> between(UUID office, LocalDate from, LocalDate to);

    @Query("select s from ProgrammeSession s where s.officeId = :office and s.id = :id")
    Optional<ProgrammeSession> find(UUID office, UUID id);

    @Query("select s from ProgrammeSession s where s.id in :ids")
    List<ProgrammeSession> withIds(Collection<UUID> ids);
}
