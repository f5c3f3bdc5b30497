package jp.tsunagu.sharing.internal.handover;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface HandoverRepository extends JpaRepository<Handover, UUID> {
    @Query("select h from Handover h where h.officeId = :office and h.personId = :person")
    Optional<Handover> find(UUID office, UUID person);
}
