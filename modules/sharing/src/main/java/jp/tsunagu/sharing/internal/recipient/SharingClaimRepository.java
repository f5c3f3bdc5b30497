package jp.tsunagu.sharing.internal.recipient;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface SharingClaimRepository extends JpaRepository<SharingClaim, UUID> {
    @Query("select c from SharingClaim c where c.officeId = :office order by c.claimedOn desc, c.createdAt desc")
    List<SharingClaim> ofOffice(UUID office);
}
