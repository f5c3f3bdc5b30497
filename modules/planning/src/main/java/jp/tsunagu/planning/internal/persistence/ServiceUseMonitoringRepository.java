package jp.tsunagu.planning.internal.persistence;

import java.util.List;
import java.util.UUID;
import jp.tsunagu.planning.internal.domain.ServiceUseMonitoring;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceUseMonitoringRepository extends JpaRepository<ServiceUseMonitoring, UUID> {

    @Query("select m from ServiceUseMonitoring m where m.planId = :plan order by m.monitoredOn")
    List<ServiceUseMonitoring> ofPlan(UUID plan);
}
