package jp.tsunagu.employment.internal.score;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductionMonthRepository extends JpaRepository<ProductionMonth, UUID> {

    @Query("select m from ProductionMonth m where m.officeId = :office and m.month = :month")
    Optional<ProductionMonth> of(UUID office, LocalDate month);

    @Query("select m from ProductionMonth m where m.officeId = :office and m.month between :from and :to order by m.month")
    List<ProductionMonth> between(UUID office, LocalDate from, LocalDate to);
}
