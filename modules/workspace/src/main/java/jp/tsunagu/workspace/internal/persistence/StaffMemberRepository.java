package jp.tsunagu.workspace.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tsunagu.workspace.internal.domain.StaffMember;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffMemberRepository extends JpaRepository<StaffMember, UUID> {

    @Query("select s from StaffMember s where s.officeId = :office order by s.kana, s.name")
    List<StaffMember> ofOffice(UUID office);

    @Query("select s from StaffMember s where s.officeId = :office and s.id = :id")
    Optional<StaffMember> find(UUID office, UUID id);
}
