package jp.tsunagu.modules.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeModuleRepository extends JpaRepository<OfficeModule, UUID> {

    List<OfficeModule> findByOfficeId(UUID officeId);

    Optional<OfficeModule> findByOfficeIdAndModuleKey(UUID officeId, String moduleKey);
}
