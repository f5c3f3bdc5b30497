package jp.tsunagu.training.internal.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RetentionReportRepository extends JpaRepository<RetentionReport, UUID> {

    @Query("select r from RetentionReport r where r.supportId = :support order by r.month")
    List<RetentionReport> ofSupport(UUID support);

    @Query("select r from RetentionReport r where r.supportId = :support and r.month = :month")
    Optional<RetentionReport> of(UUID support, LocalDate month);
}
