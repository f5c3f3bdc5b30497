package jp.tsunagu.sharing.internal.statistics;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface StatisticsPublicationRepository extends JpaRepository<StatisticsPublication, UUID> {
    @Query("select p from StatisticsPublication p where p.officeId = :office and p.stoppedOn is null")
    Optional<StatisticsPublication> running(UUID office);

    @Query("select p from StatisticsPublication p where p.officeId = :office order by p.startedOn desc, p.createdAt desc")
    List<StatisticsPublication> ofOffice(UUID office);
}
