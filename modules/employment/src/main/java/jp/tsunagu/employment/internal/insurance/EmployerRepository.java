package jp.tsunagu.employment.internal.insurance;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmployerRepository extends JpaRepository<Employer, UUID> {

    @Query("select e from Employer e where e.officeId = :office")
    Optional<Employer> of(UUID office);
}
