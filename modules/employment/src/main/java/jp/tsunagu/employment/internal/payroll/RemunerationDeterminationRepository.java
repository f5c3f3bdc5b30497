package jp.tsunagu.employment.internal.payroll;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RemunerationDeterminationRepository extends JpaRepository<RemunerationDetermination, UUID> {

    /** The person's determinations in force by {@code month}, newest first. */
    @Query("select d from RemunerationDetermination d where d.officeId = :office and d.personId = :person and d.effectiveMonth <= :month "
            + "order by d.effectiveMonth desc")
    List<RemunerationDetermination> inForce(UUID office, UUID person, LocalDate month);

    @Query("select d from RemunerationDetermination d where d.officeId = :office and d.effectiveMonth = :month")
    List<RemunerationDetermination> ofMonth(UUID office, LocalDate month);
}
