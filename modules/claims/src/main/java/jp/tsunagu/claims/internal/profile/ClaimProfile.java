package jp.tsunagu.claims.internal.profile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.TenantOwnedEntity;

/** A version of the office's claim profile (体制届) for one service type, from a month on; never changed once filed. */
@Entity
@Table(name = "claim_profile")
class ClaimProfile extends TenantOwnedEntity {
    private UUID officeId;
    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;
    private LocalDate effectiveMonth;
    private String staffing;
    private int capacity;
    private String kouchinTier;
    private String revisionStatus;
    private String revisionEvidence;
    @jakarta.persistence.Column(name = "type_a_score")
    private Integer typeAScore;
    private String retentionTier;
    private String payImprovement;

    protected ClaimProfile() {
    }

    ClaimProfile(OfficeId office, ClaimProfileService.NewProfile p, String by, Instant at) {
        super(by, at);
        this.officeId = office.value();
        this.serviceType = p.serviceType();
        this.effectiveMonth = p.effectiveMonth().atDay(1);
        this.staffing = p.staffing();
        this.capacity = p.capacity();
        this.kouchinTier = p.kouchinTier();
        this.revisionStatus = p.revisionStatus() == null ? null : p.revisionStatus().name();
        this.revisionEvidence = p.revisionEvidence();
        this.typeAScore = p.typeAScore();
        this.retentionTier = p.retentionTier();
        this.payImprovement = p.payImprovement();
    }

    ClaimProfileService.ProfileView view() {
        return new ClaimProfileService.ProfileView(id(), serviceType, YearMonth.from(effectiveMonth), staffing, capacity, kouchinTier, revisionStatus,
                revisionEvidence, typeAScore, retentionTier, payImprovement, createdBy(), createdAt());
    }

    YearMonth effectiveMonth() {
        return YearMonth.from(effectiveMonth);
    }

    ServiceType serviceType() {
        return serviceType;
    }
}
