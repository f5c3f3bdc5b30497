package jp.tsunagu.sharing.internal.recipient;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface SharingGrantRepository extends JpaRepository<SharingGrant, UUID> {
    @Query("select g from SharingGrant g where g.consentId = :consent")
    Optional<SharingGrant> ofConsent(UUID consent);

    @Query("select g from SharingGrant g where g.officeId = :office and g.linkKey = :key and g.state = 'OFFERED'")
    List<SharingGrant> offered(UUID office, String key);

    @org.springframework.data.jpa.repository.QueryHints(@jakarta.persistence.QueryHint(name = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY,
            value = "true"))
    @Query("select g from SharingGrant g where g.officeId = :office and g.personId is not null and g.state in ('CONFIRMED', 'REVOKED') order by g.validFrom desc, g.createdAt desc")
    List<SharingGrant> linked(UUID office);
}
