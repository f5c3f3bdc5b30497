package jp.tsunagu.sharing.internal.statistics;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** The corporation's opting in to publish an office's aggregates to a municipality (named by its office), until stopped. */
@Entity
@Table(name = "sharing_statistics_publication")
class StatisticsPublication extends TenantOwnedEntity {
    private UUID officeId;
    private UUID recipientTenantId;
    private UUID recipientOfficeId;
    private String recipientOfficeNumber;
    private String recipientName;
    private LocalDate startedOn;
    private LocalDate stoppedOn;
    private LocalDate lastPublishedMonth;

    protected StatisticsPublication() {
    }

    StatisticsPublication(OfficeId office, TenantId recipientTenant, OfficeId recipientOffice, String recipientOfficeNumber,
                          String recipientName, LocalDate startedOn, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.recipientTenantId = recipientTenant.value();
        this.recipientOfficeId = recipientOffice.value();
        this.recipientOfficeNumber = recipientOfficeNumber;
        this.recipientName = recipientName;
        this.startedOn = startedOn;
    }

    TenantId recipientTenant() {
        return new TenantId(recipientTenantId);
    }

    OfficeId recipientOffice() {
        return new OfficeId(recipientOfficeId);
    }

    String recipientOfficeNumber() {
        return recipientOfficeNumber;
    }

    String recipientName() {
        return recipientName;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    LocalDate stoppedOn() {
        return stoppedOn;
    }

    YearMonth lastPublishedMonth() {
        return lastPublishedMonth == null ? null : YearMonth.from(lastPublishedMonth);
    }

    void published(YearMonth month) {
        if (lastPublishedMonth == null || month.isAfter(YearMonth.from(lastPublishedMonth))) {
            lastPublishedMonth = month.atDay(1);
        }
    }

    void stop(LocalDate on) {
        stoppedOn = on.isBefore(startedOn) ? startedOn : on;
    }
}
