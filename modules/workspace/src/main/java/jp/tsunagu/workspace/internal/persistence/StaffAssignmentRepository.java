package jp.tsunagu.workspace.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.workspace.internal.domain.StaffAssignment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffAssignmentRepository extends JpaRepository<StaffAssignment, UUID> {

    @Query("select a from StaffAssignment a where a.officeId = :office and a.staffId = :staff order by a.validFrom, a.role")
    List<StaffAssignment> ofStaff(UUID office, UUID staff);

    @Query("select a from StaffAssignment a where a.officeId = :office and a.staffId = :staff and a.id = :id")
    Optional<StaffAssignment> find(UUID office, UUID staff, UUID id);

    @Query("select a from StaffAssignment a where a.officeId = :office order by a.staffId, a.validFrom")
    List<StaffAssignment> ofOffice(UUID office);

    /** The office's assignments valid on some day of {@code from}..{@code to}. */
    @Query("select a from StaffAssignment a where a.officeId = :office and a.validFrom <= :to"
           + " and (a.validTo is null or a.validTo >= :from)")
    List<StaffAssignment> validWithin(UUID office, LocalDate from, LocalDate to);
}
