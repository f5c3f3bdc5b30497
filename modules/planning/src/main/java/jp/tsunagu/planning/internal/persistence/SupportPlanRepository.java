package jp.tsunagu.planning.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.planning.internal.domain.SupportPlan;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportPlanRepository extends JpaRepository<SupportPlan, UUID> {

    Optional<SupportPlan> findByIdAndOfficeId(UUID id, UUID officeId);

    List<SupportPlan> findByOfficeIdAndPersonIdOrderByCreatedAt(UUID officeId, UUID personId);

    List<SupportPlan> findByOfficeId(UUID officeId);
}
