package jp.tsunagu.training.internal.practicum;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticumNoteRepository extends JpaRepository<PracticumNote, UUID> {

    @Query("select n from PracticumNote n where n.practicumId = :practicum order by n.noteDate")
    List<PracticumNote> of(UUID practicum);
}
