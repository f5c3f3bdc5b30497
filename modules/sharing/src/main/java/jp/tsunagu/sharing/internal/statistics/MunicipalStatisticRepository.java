package jp.tsunagu.sharing.internal.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's filter and row-level security keep other tenants' rows out. */
interface MunicipalStatisticRepository extends JpaRepository<MunicipalStatistic, UUID> {
    @Query("""
            select s from MunicipalStatistic s where s.officeId = :office and s.sourceOfficeNumber = :number
               and s.periodKind = :kind and s.periodStart = :start""")
    Optional<MunicipalStatistic> find(UUID office, String number, MunicipalStatistic.Period kind, LocalDate start);

    @Query("""
            select s from MunicipalStatistic s where s.officeId = :office and s.periodKind = :kind and s.periodStart = :start
             order by s.sourceOfficeNumber""")
    List<MunicipalStatistic> of(UUID office, MunicipalStatistic.Period kind, LocalDate start);
}
