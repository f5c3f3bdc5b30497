package jp.tsunagu.wages.internal.average;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KouchinTargetRepository extends JpaRepository<KouchinTarget, UUID> {

    @Query("select t from KouchinTarget t where t.officeId = :office and t.fiscalYear = :year")
    Optional<KouchinTarget> of(UUID office, int year);

    @Query("select t from KouchinTarget t where t.officeId = :office order by t.fiscalYear")
    List<KouchinTarget> ofOffice(UUID office);
}
