package jp.tsunagu.employment.internal.score;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductionResultRepository extends JpaRepository<ProductionResult, UUID> {

    @Query("select r from ProductionResult r where r.officeId = :office and r.fiscalYear = :year")
    Optional<ProductionResult> of(UUID office, int year);

    @Query("select r from ProductionResult r where r.officeId = :office order by r.fiscalYear desc")
    List<ProductionResult> ofOffice(UUID office);
}
