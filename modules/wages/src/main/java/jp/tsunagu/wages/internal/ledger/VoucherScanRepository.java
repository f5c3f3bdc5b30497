package jp.tsunagu.wages.internal.ledger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VoucherScanRepository extends JpaRepository<VoucherScan, UUID> {

    @Query("select s from VoucherScan s where s.entryId = :entry")
    Optional<VoucherScan> ofEntry(UUID entry);

    /** The entries of {@code entries} that have a scan. */
    @Query("select s.entryId from VoucherScan s where s.entryId in :entries")
    List<UUID> scanned(List<UUID> entries);
}
