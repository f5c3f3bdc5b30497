package jp.tsunagu.sharing.internal.recipient;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface SharedSnapshotRepository extends JpaRepository<SharedSnapshot, UUID> {
    @Query("select s from SharedSnapshot s where s.officeId = :office order by s.providedOn desc, s.createdAt desc")
    List<SharedSnapshot> ofOffice(UUID office);

    @Query("select s from SharedSnapshot s where s.officeId = :office and s.id = :id")
    Optional<SharedSnapshot> find(UUID office, UUID id);

    @Query("select count(s) > 0 from SharedSnapshot s where s.provisionId = :provision")
    boolean provided(UUID provision);
}
