package jp.tsunagu.training.internal.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlacementRepository extends JpaRepository<Placement, UUID> {

    @Query("select p from Placement p where p.officeId = :office and p.id = :id")
    Optional<Placement> find(UUID office, UUID id);

    @Query("select p from Placement p where p.officeId = :office order by p.hireDate, p.id")
    List<Placement> ofOffice(UUID office);

    /** The placements hired from {@code from} to {@code to} (both included): those whose 6-month days fall 6 months later. */
    @Query("select p from Placement p where p.officeId = :office and p.hireDate between :from and :to order by p.hireDate, p.id")
    List<Placement> hiredBetween(UUID office, LocalDate from, LocalDate to);

    @Query("select p from Placement p where p.officeId = :office and p.retentionReachedOn is null and p.hireDate <= :hiredBy")
    List<Placement> unannounced(UUID office, LocalDate hiredBy);
}
