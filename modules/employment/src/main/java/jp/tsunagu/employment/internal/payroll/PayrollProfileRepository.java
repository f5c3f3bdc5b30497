package jp.tsunagu.employment.internal.payroll;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayrollProfileRepository extends JpaRepository<PayrollProfile, UUID> {

    @Query("select p from PayrollProfile p where p.officeId = :office and p.personId = :person")
    Optional<PayrollProfile> of(UUID office, UUID person);

    @Query("select p from PayrollProfile p where p.officeId = :office")
    List<PayrollProfile> ofOffice(UUID office);
}
