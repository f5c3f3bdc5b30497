package jp.tsunagu.sharing.internal.source;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface SharingConsentRepository extends JpaRepository<SharingConsent, UUID> {
    @Query("select c from SharingConsent c where c.officeId = :office and c.id = :id")
    Optional<SharingConsent> find(UUID office, UUID id);

    @Query("select c from SharingConsent c where c.officeId = :office order by c.validFrom desc, c.createdAt desc")
    List<SharingConsent> ofOffice(UUID office);

    @Query("select c from SharingConsent c where c.officeId = :office and c.personId = :person order by c.validFrom desc, c.createdAt desc")
    List<SharingConsent> ofPerson(UUID office, UUID person);
}
