package jp.tsunagu.sharing.internal.statistics;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.sharing.internal.SharingEvents.Cell;
import jp.tsunagu.tenancy.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An office's published aggregates of a month or of a fiscal year up to a month, as the municipality received them. */
@Entity
@Table(name = "sharing_municipal_statistic")
class MunicipalStatistic extends TenantOwnedEntity {
    enum Period { MONTH, FISCAL_YEAR }

    private UUID officeId;
    private String sourceOfficeNumber;
    private String sourceOfficeName;
    private String sourceTenantName;
    @Enumerated(EnumType.STRING)
    private Period periodKind;
    private LocalDate periodStart;
    private LocalDate throughMonth;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Cell> cells;
    private LocalDate publishedOn;
    private Instant computedAt;

    protected MunicipalStatistic() {
    }

    MunicipalStatistic(OfficeId office, String sourceOfficeNumber, Period kind, LocalDate periodStart, Instant at) {
        super("sharing", at);
        this.officeId = office.value();
        this.sourceOfficeNumber = sourceOfficeNumber;
        this.periodKind = kind;
        this.periodStart = periodStart;
    }

    /** Whether figures computed at {@code at} are newer than those kept (a retried message may come after a later one). */
    boolean olderThan(Instant at) {
        return computedAt == null || computedAt.isBefore(at);
    }

    /** The publication's figures replace what was there (a month published again, the year carried further). */
    void received(String officeName, String tenantName, YearMonth through, List<Cell> cells, LocalDate publishedOn, Instant computedAt) {
        this.computedAt = computedAt;
        this.sourceOfficeName = officeName;
        this.sourceTenantName = tenantName;
        this.throughMonth = through.atDay(1);
        this.cells = List.copyOf(cells);
        this.publishedOn = publishedOn;
    }

    String sourceOfficeNumber() {
        return sourceOfficeNumber;
    }

    String sourceOfficeName() {
        return sourceOfficeName;
    }

    String sourceTenantName() {
        return sourceTenantName;
    }

    YearMonth throughMonth() {
        return throughMonth == null ? null : YearMonth.from(throughMonth);
    }

    List<Cell> cells() {
        return cells;
    }

    LocalDate publishedOn() {
        return publishedOn;
    }
}
