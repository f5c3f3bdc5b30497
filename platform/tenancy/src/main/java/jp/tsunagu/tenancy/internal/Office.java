package jp.tsunagu.tenancy.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.RegionalClass;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.OfficeSummary;
import org.hibernate.annotations.TenantId;

/** 事業所: a designated site of a tenant, offering one or more service types, each with a capacity. */
@Entity
@Table(name = "office")
class Office {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private String officeNumber;
    private String name;

    @Enumerated(EnumType.STRING)
    private Prefecture prefecture;

    @Enumerated(EnumType.STRING)
    private RegionalClass regionalClass;

    /** 利用定員 per service type; the tenant column of this table is filled by the database. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "office_service", joinColumns = @JoinColumn(name = "office_id"))
    private List<ServiceCapacity> services = new ArrayList<>();

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    protected Office() {
    }

    Office(UUID id, String officeNumber, String name, Prefecture prefecture, RegionalClass regionalClass,
           Map<ServiceType, Integer> capacities, Instant now) {
        this.id = id;
        this.createdAt = now;
        update(officeNumber, name, prefecture, regionalClass, capacities, now);
    }

    void update(String officeNumber, String name, Prefecture prefecture, RegionalClass regionalClass,
                Map<ServiceType, Integer> capacities, Instant now) {
        this.officeNumber = officeNumber;
        this.name = name;
        this.prefecture = prefecture;
        this.regionalClass = regionalClass;
        this.services.clear();
        capacities.forEach((type, capacity) -> services.add(new ServiceCapacity(type, capacity)));
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String officeNumber() {
        return officeNumber;
    }

    OfficeSummary summary() {
        Map<ServiceType, Integer> capacities = new EnumMap<>(ServiceType.class);
        services.forEach(s -> capacities.put(s.serviceType, s.capacity));
        return new OfficeSummary(new OfficeId(id), officeNumber, name, prefecture, regionalClass, Map.copyOf(capacities));
    }

    @Embeddable
    static class ServiceCapacity {
        @Enumerated(EnumType.STRING)
        @Column(name = "service_type")
        private ServiceType serviceType;

        private int capacity;

        protected ServiceCapacity() {
        }

        ServiceCapacity(ServiceType serviceType, int capacity) {
            this.serviceType = serviceType;
            this.capacity = capacity;
        }
    }
}
