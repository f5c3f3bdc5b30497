package jp.tsunagu.tenancy.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Prefecture;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.RegionalClass;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.tenancy.OfficeScope;
import jp.tsunagu.tenancy.OfficeSummary;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 事業所 API: the offices of the current tenant that the user's membership covers. */
@RestController
@RequestMapping("/api/v1/offices")
@Transactional
class OfficeController {
    private final OfficeRepository offices;
    private final OfficeScope scope;
    private final Clock clock;
    private final OfficeRules rules;

    private final jp.tsunagu.tenancy.PublicOffices directory;

    OfficeController(OfficeRepository offices, OfficeScope scope, Clock clock, OfficeRules rules, jp.tsunagu.tenancy.PublicOffices directory) {
        this.directory = directory;
        this.offices = offices;
        this.scope = scope;
        this.clock = clock;
        this.rules = rules;
    }

    /** Every office rule the modules hold must keep; 400 naming the service's capacity and the rule otherwise. */
    private void check(OfficeRequest request, Map<ServiceType, Integer> capacities) {
        rules.check(capacities).ifPresent(v -> {
            int index = 0;
            for (int i = 0; i < request.services().size(); i++) {
                if (request.services().get(i).serviceType() == v.serviceType()) {
                    index = i;
                }
            }
            throw new Problem.Invalid("services[" + index + "].capacity", v.code(), v.args());
        });
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<OfficeResponse> list() {
        return offices.findAllByOrderByOfficeNumber().stream()
                .map(Office::summary)
                .filter(o -> scope.covers(o.id()))
                .map(OfficeResponse::of)
                .toList();
    }

    @GetMapping("/{officeId}")
    @Transactional(readOnly = true)
    OfficeResponse get(@PathVariable UUID officeId) {
        return OfficeResponse.of(visible(officeId).summary());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('tenancy:office.manage')")
    OfficeResponse create(@Valid @RequestBody OfficeRequest request) {
        Map<ServiceType, Integer> capacities = request.capacities();
        check(request, capacities);
        offices.findByOfficeNumber(request.officeNumber()).ifPresent(o -> {
            throw new Problem.Conflict("office.officeNumber.taken", request.officeNumber());
        });
        // 事業所番号 are national: one held in another tenant is taken too (the public directory lists each once)
        directory.byNumber(request.officeNumber()).ifPresent(o -> {
            throw new Problem.Conflict("office.officeNumber.taken", request.officeNumber());
        });
        Office office = new Office(UUID.randomUUID(), request.officeNumber(), request.name().strip(),
                request.prefecture(), request.regionalClass(), capacities, clock.instant());
        return OfficeResponse.of(offices.saveAndFlush(office).summary());
    }

    @PutMapping("/{officeId}")
    @PreAuthorize("hasAuthority('tenancy:office.manage')")
    OfficeResponse update(@PathVariable UUID officeId, @Valid @RequestBody OfficeRequest request) {
        Office office = visible(officeId);
        Map<ServiceType, Integer> capacities = request.capacities();
        check(request, capacities);
        offices.findByOfficeNumber(request.officeNumber())
                .filter(other -> !other.id().equals(office.id()))
                .ifPresent(o -> {
                    throw new Problem.Conflict("office.officeNumber.taken", request.officeNumber());
                });
        directory.byNumber(request.officeNumber()).filter(o -> !o.office().value().equals(office.id()))
                .ifPresent(o -> {
                    throw new Problem.Conflict("office.officeNumber.taken", request.officeNumber());
                });
        office.update(request.officeNumber(), request.name().strip(), request.prefecture(),
                request.regionalClass(), capacities, clock.instant());
        return OfficeResponse.of(offices.saveAndFlush(office).summary());
    }

    private Office visible(UUID officeId) {
        return offices.findById(officeId)
                .filter(o -> scope.covers(new OfficeId(o.id())))
                .orElseThrow(() -> new Problem.NotFound("office.notFound"));
    }

    /** The body of a create or update: every field is required. */
    record OfficeRequest(
            @NotNull @Pattern(regexp = "\\d{10}") String officeNumber,
            @NotBlank @Size(min = 1, max = 100) String name,
            @NotNull Prefecture prefecture,
            @NotNull RegionalClass regionalClass,
            @NotEmpty @Size(max = 7) List<@Valid @NotNull ServiceCapacityRequest> services) {

        Map<ServiceType, Integer> capacities() {
            Map<ServiceType, Integer> result = new EnumMap<>(ServiceType.class);
            for (int i = 0; i < services.size(); i++) {
                ServiceCapacityRequest s = services.get(i);
                if (result.put(s.serviceType(), s.capacity()) != null) {
                    throw new Problem.Invalid("services[" + i + "].serviceType", "validation.serviceType.duplicate",
                            s.serviceType());
                }
            }
            return result;
        }
    }

    record ServiceCapacityRequest(@NotNull ServiceType serviceType, @NotNull @Positive @Max(999) Integer capacity) {
    }

    record ServiceCapacityResponse(ServiceType serviceType, int capacity) {
    }

    record OfficeResponse(UUID id, String officeNumber, String name, Prefecture prefecture,
                          RegionalClass regionalClass, List<ServiceCapacityResponse> services, boolean multiFunction) {
        static OfficeResponse of(OfficeSummary o) {
            return new OfficeResponse(o.id().value(), o.officeNumber(), o.name(), o.prefecture(), o.regionalClass(),
                    o.capacities().entrySet().stream()
                            .map(e -> new ServiceCapacityResponse(e.getKey(), e.getValue()))
                            .sorted(java.util.Comparator.comparing(ServiceCapacityResponse::serviceType))
                            .toList(),
                    o.multiFunction());
        }
    }
}
