package jp.tsunagu.training.internal.practicum;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticumReviewRepository extends JpaRepository<PracticumReview, UUID> {

    @Query("select r from PracticumReview r where r.practicumId = :practicum order by r.reviewMonth")
    List<PracticumReview> of(UUID practicum);
}
