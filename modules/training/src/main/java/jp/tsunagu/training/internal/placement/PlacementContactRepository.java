package jp.tsunagu.training.internal.placement;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlacementContactRepository extends JpaRepository<PlacementContact, UUID> {

    @Query("select c from PlacementContact c where c.placementId = :placement order by c.contactDate, c.createdAt")
    List<PlacementContact> of(UUID placement);
}
