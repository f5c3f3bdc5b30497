package jp.tsunagu.tenancy.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.TenantKind;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The active tenant of the request (chosen among the user's memberships). */
@RestController
@RequestMapping("/api/v1/tenant")
@Transactional
class TenantController {
    private final TenantRepository tenants;

    private final org.springframework.context.ApplicationEventPublisher events;

    TenantController(TenantRepository tenants, org.springframework.context.ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.events = events;
    }

    @GetMapping
    @Transactional(readOnly = true)
    TenantResponse get() {
        return TenantResponse.of(current());
    }

    @PatchMapping
    @PreAuthorize("hasAuthority('tenancy:tenant.manage')")
    @Transactional
    TenantResponse rename(@Valid @RequestBody RenameRequest request) {
        Tenant tenant = current();
        tenant.rename(request.name().strip());
        TenantResponse renamed = TenantResponse.of(tenants.saveAndFlush(tenant));
        events.publishEvent(new jp.tsunagu.tenancy.TenantChanged(TenantContext.require()));
        return renamed;
    }

    private Tenant current() {
        return tenants.findById(TenantContext.require().value())
                .orElseThrow(() -> new Problem.NotFound("tenant.notFound"));
    }

    record RenameRequest(@NotBlank @Size(min = 1, max = 100) String name) {
    }

    record TenantResponse(UUID id, TenantKind kind, String name, Prefecture prefecture, boolean mfaRequired) {
        static TenantResponse of(Tenant t) {
            return new TenantResponse(t.id(), t.kind(), t.name(), t.prefecture(), t.mfaRequired());
        }
    }
}
