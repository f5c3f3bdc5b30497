package jp.tsunagu.workspace.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.workspace.internal.domain.OfficeStaffingLevel;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfficeStaffingLevelRepository extends JpaRepository<OfficeStaffingLevel, UUID> {

    /** The office's levels for a service, newest first. */
    @Query("select l from OfficeStaffingLevel l where l.officeId = :office and l.serviceType = :type order by l.effectiveFrom desc")
    List<OfficeStaffingLevel> ofService(UUID office, ServiceType type);

    @Query("select l from OfficeStaffingLevel l where l.officeId = :office and l.serviceType = :type and l.effectiveFrom = :from")
    Optional<OfficeStaffingLevel> startingOn(UUID office, ServiceType type, LocalDate from);
}
