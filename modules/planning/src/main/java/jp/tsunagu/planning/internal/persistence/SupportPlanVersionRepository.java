package jp.tsunagu.planning.internal.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.planning.internal.domain.SupportPlanVersion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportPlanVersionRepository extends JpaRepository<SupportPlanVersion, UUID> {

    List<SupportPlanVersion> findByPlanIdOrderByNumber(UUID planId);

    Optional<SupportPlanVersion> findByPlanIdAndNumber(UUID planId, int number);

    List<SupportPlanVersion> findByPlanIdIn(Collection<UUID> planIds);
}
