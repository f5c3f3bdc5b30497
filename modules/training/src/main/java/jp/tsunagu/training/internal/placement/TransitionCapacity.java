package jp.tsunagu.training.internal.placement;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** The office's 就労移行支援 capacity in a fiscal year, as the retention rate's denominator counts it. */
@Entity
@Table(name = "transition_capacity")
class TransitionCapacity extends TenantOwnedEntity {
    private UUID officeId;
    private int fiscalYear;
    private int capacity;

    protected TransitionCapacity() {
    }

    TransitionCapacity(OfficeId office, FiscalYear year, int capacity, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.fiscalYear = year.startYear();
        this.capacity = capacity;
    }

    void correct(int capacity) {
        this.capacity = capacity;
    }

    FiscalYear fiscalYear() {
        return new FiscalYear(fiscalYear);
    }

    int capacity() {
        return capacity;
    }
}
