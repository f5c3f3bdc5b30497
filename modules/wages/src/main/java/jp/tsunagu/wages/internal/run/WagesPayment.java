package jp.tsunagu.wages.internal.run;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** One user's 工賃 of a closed run, with its inputs (minutes, days, pieces, the rate applied), final like the run. */
@Entity
@Table(name = "wages_payment")
class WagesPayment extends TenantOwnedEntity {
    private UUID runId;
    private UUID officeId;
    private UUID personId;
    private LocalDate runMonth;
    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;
    private int minutes;
    private int days;
    private int pieces;
    private long rate;
    private long basePart;
    private long share;
    private long adjustment;
    private long total;

    protected WagesPayment() {
    }

    WagesPayment(WagesRun run, RunService.Line line, String by, Instant at) {
        super(by, at);
        this.runId = run.id();
        this.officeId = run.officeId();
        this.personId = line.person().value();
        this.runMonth = run.month().atDay(1);
        this.serviceType = line.serviceType();
        this.minutes = Math.toIntExact(line.minutes());
        this.days = line.days();
        this.pieces = line.pieces();
        this.rate = line.rate().value();
        this.basePart = line.base().value();
        this.share = line.share().value();
        this.adjustment = line.adjustment().value();
        this.total = line.total().value();
    }

    java.time.YearMonth month() {
        return java.time.YearMonth.from(runMonth);
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    ServiceType serviceType() {
        return serviceType;
    }

    int minutes() {
        return minutes;
    }

    int days() {
        return days;
    }

    int pieces() {
        return pieces;
    }

    Yen rate() {
        return Yen.of(rate);
    }

    Yen base() {
        return Yen.of(basePart);
    }

    Yen share() {
        return Yen.of(share);
    }

    Yen adjustment() {
        return Yen.of(adjustment);
    }

    Yen total() {
        return Yen.of(total);
    }
}
