package jp.tsunagu.wages.internal.average;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.tsunagu.kernel.FiscalYear;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** 目標工賃: the average monthly 工賃 an office aims at in a fiscal year, with its 工賃向上計画 in words. */
@Entity
@Table(name = "wages_kouchin_target")
class KouchinTarget extends TenantOwnedEntity {
    private UUID officeId;
    private int fiscalYear;
    private long targetYen;
    private String plan;

    protected KouchinTarget() {
    }

    KouchinTarget(UUID officeId, FiscalYear year, Yen target, String plan, String by, Instant at) {
        super(by, at);
        this.officeId = officeId;
        this.fiscalYear = year.startYear();
        change(target, plan);
    }

    void change(Yen target, String plan) {
        this.targetYen = target.value();
        this.plan = plan == null || plan.isBlank() ? null : plan.strip();
    }

    AverageService.Target view() {
        return new AverageService.Target(fiscalYear(), target(), plan);
    }

    FiscalYear fiscalYear() {
        return FiscalYear.startingIn(fiscalYear);
    }

    Yen target() {
        return Yen.of(targetYen);
    }

    String plan() {
        return plan;
    }
}
