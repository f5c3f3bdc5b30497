package jp.tsunagu.wages.internal.ledger;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** 証憑: the scanned voucher of a ledger entry (a PDF or an image), with its checksum. */
@Entity
@Table(name = "production_entry_scan")
public class VoucherScan extends TenantOwnedEntity {
    private UUID officeId;
    private UUID entryId;
    private LocalDate entryMonth;
    private String filename;
    private String contentType;
    private int sizeBytes;
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected VoucherScan() {
    }

    VoucherScan(ProductionEntry entry, String filename, String contentType, byte[] content, String sha256, String by, Instant at) {
        super(by, at);
        this.officeId = entry.officeId();
        this.entryId = entry.id();
        this.entryMonth = entry.month().atDay(1);
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
    }

    public UUID entryId() {
        return entryId;
    }

    public YearMonth month() {
        return YearMonth.from(entryMonth);
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content;
    }
}
