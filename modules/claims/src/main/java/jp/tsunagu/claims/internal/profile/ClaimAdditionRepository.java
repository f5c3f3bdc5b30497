package jp.tsunagu.claims.internal.profile;

import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface ClaimAdditionRepository extends JpaRepository<ClaimAddition, UUID> {
    @Query("select a from ClaimAddition a where a.officeId = :office order by a.serviceType, a.countsFrom desc, a.addition")
    List<ClaimAddition> ofOffice(UUID office);

    @Query("select a from ClaimAddition a where a.officeId = :office and a.serviceType = :type order by a.addition")
    List<ClaimAddition> ofType(UUID office, ServiceType type);
}
