package jp.tsunagu.wages.internal.ledger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductionActivityRepository extends JpaRepository<ProductionActivity, UUID> {

    @Query("select a from ProductionActivity a where a.officeId = :office order by a.name")
    List<ProductionActivity> ofOffice(UUID office);

    @Query("select a from ProductionActivity a where a.officeId = :office and a.id = :id")
    Optional<ProductionActivity> find(UUID office, UUID id);

    @Query("select count(a) > 0 from ProductionActivity a where a.officeId = :office and a.name = :name")
    boolean named(UUID office, String name);
}
