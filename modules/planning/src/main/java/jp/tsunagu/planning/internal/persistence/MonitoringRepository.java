package jp.tsunagu.planning.internal.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.planning.internal.domain.Monitoring;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonitoringRepository extends JpaRepository<Monitoring, UUID> {

    List<Monitoring> findByPlanIdOrderByMonitoredOn(UUID planId);

    List<Monitoring> findByPlanIdIn(Collection<UUID> planIds);
}
