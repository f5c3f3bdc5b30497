package jp.tsunagu.tenancy.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.RegionalClass;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.kernel.TenantKind;
import jp.tsunagu.tenancy.TenantAdministration;
import jp.tsunagu.tenancy.TenantChanged;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class TenantAdministrationService implements TenantAdministration {
    private final TenantRepository tenants;
    private final OfficeRepository offices;
    private final Clock clock;
    private final OfficeRules rules;
    private final ApplicationEventPublisher events;

    TenantAdministrationService(TenantRepository tenants, OfficeRepository offices, Clock clock,
                                OfficeRules rules, ApplicationEventPublisher events) {
        this.events = events;
        this.tenants = tenants;
        this.offices = offices;
        this.clock = clock;
        this.rules = rules;
    }

    @Override
    public boolean upsertTenant(TenantKind kind, String name, Prefecture prefecture, boolean mfaRequired) {
        UUID id = TenantContext.require().value();
        Tenant tenant = tenants.findById(id).orElse(null);
        if (tenant == null) {
            tenants.saveAndFlush(new Tenant(id, kind, name, prefecture, mfaRequired, clock.instant()));
            events.publishEvent(new TenantChanged(new TenantId(id)));
            return true;
        }
        if (tenant.matches(kind, name, prefecture, mfaRequired)) {
            return false;
        }
        tenant.update(kind, name, prefecture, mfaRequired);
        tenants.saveAndFlush(tenant);
        events.publishEvent(new TenantChanged(new TenantId(id)));
        return true;
    }

    @Override
    public Upserted<OfficeId> upsertOffice(String officeNumber, String name, Prefecture prefecture,
                                           RegionalClass regionalClass, Map<ServiceType, Integer> capacities) {
        rules.check(capacities).ifPresent(v -> {
            throw new jp.tsunagu.kernel.Problem.Invalid("services." + v.serviceType(), v.code(), v.args());
        });
        Office office = offices.findByOfficeNumber(officeNumber).orElse(null);
        if (office == null) {
            office = offices.saveAndFlush(new Office(UUID.randomUUID(), officeNumber, name, prefecture, regionalClass,
                    capacities, clock.instant()));
            return new Upserted<>(new OfficeId(office.id()), true);
        }
        var current = office.summary();
        boolean same = current.name().equals(name) && current.prefecture() == prefecture
                && current.regionalClass() == regionalClass && current.capacities().equals(capacities);
        if (!same) {
            office.update(officeNumber, name, prefecture, regionalClass, capacities, clock.instant());
            offices.saveAndFlush(office);
        }
        return new Upserted<>(new OfficeId(office.id()), !same);
    }
}
