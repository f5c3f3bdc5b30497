package jp.tsunagu.training.internal.practicum;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticumRepository extends JpaRepository<Practicum, UUID> {

    @Query("select p from Practicum p where p.officeId = :office and p.id = :id")
    Optional<Practicum> find(UUID office, UUID id);

    @Query("select p from Practicum p where p.officeId = :office order by p.fromDate desc, p.id")
    List<Practicum> ofOffice(UUID office);
}
