package jp.tsunagu.training.internal.programme;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface ProgrammeItemRepository extends JpaRepository<ProgrammeItem, UUID> {
    @Query("select i from ProgrammeItem i where i.officeId = :office order by i.kind, i.title")
    List<ProgrammeItem> ofOffice(UUID office);

    @Query("select i from ProgrammeItem i where i.officeId = :office and i.id = :id")
    Optional<ProgrammeItem> find(UUID office, UUID id);

    @Query("select i from ProgrammeItem i where i.officeId = :office and i.title = :title")
    Optional<ProgrammeItem> titled(UUID office, String title);
}
