package jp.tsunagu.sharing.internal.source;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface SharingProvisionRepository extends JpaRepository<SharingProvision, UUID> {
    @Query("select p from SharingProvision p where p.officeId = :office and p.personId = :person order by p.providedOn, p.createdAt")
    List<SharingProvision> ofPerson(UUID office, UUID person);

    @Query("select p from SharingProvision p where p.officeId = :office order by p.providedOn desc, p.createdAt desc")
    List<SharingProvision> ofOffice(UUID office);
}
