package jp.tsunagu.claims.internal.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface ClaimProfileRepository extends JpaRepository<ClaimProfile, UUID> {
    @Query("select p from ClaimProfile p where p.officeId = :office order by p.serviceType, p.effectiveMonth desc")
    List<ClaimProfile> ofOffice(UUID office);

    @Query("""
            select p from ClaimProfile p where p.officeId = :office and p.serviceType = :type and p.effectiveMonth <= :month
             order by p.effectiveMonth desc""")
    List<ClaimProfile> upTo(UUID office, ServiceType type, LocalDate month);

    @Query("select count(p) > 0 from ClaimProfile p where p.officeId = :office and p.serviceType = :type and p.effectiveMonth = :month")
    boolean exists(UUID office, ServiceType type, LocalDate month);
}
