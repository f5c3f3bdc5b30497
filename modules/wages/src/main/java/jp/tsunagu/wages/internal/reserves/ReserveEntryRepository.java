package jp.tsunagu.wages.internal.reserves;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReserveEntryRepository extends JpaRepository<ReserveEntry, UUID> {

    @Query("select e from ReserveEntry e where e.officeId = :office order by e.createdAt")
    List<ReserveEntry> ofOffice(UUID office);
}
