package jp.tsunagu.training.internal.practicum;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JobApplicationStepRepository extends JpaRepository<JobApplicationStep, UUID> {

    @Query("select s from JobApplicationStep s where s.applicationId = :application order by s.stepOn, s.createdAt")
    List<JobApplicationStep> of(UUID application);
}
