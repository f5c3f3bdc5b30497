package jp.tsunagu.training.internal.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RetentionContactRepository extends JpaRepository<RetentionContact, UUID> {

    @Query("select c from RetentionContact c where c.supportId = :support order by c.date, c.createdAt")
    List<RetentionContact> ofSupport(UUID support);

    @Query("select c from RetentionContact c where c.officeId = :office and c.date between :from and :to")
    List<RetentionContact> ofOffice(UUID office, LocalDate from, LocalDate to);

    @Query("select count(c) from RetentionContact c where c.officeId = :office and c.personId = :person and c.faceToFace = true"
            + " and c.date between :from and :to")
    long faceToFace(UUID office, UUID person, LocalDate from, LocalDate to);
}
