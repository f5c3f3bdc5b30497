package jp.tsunagu.employment.internal.minimumwage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The office's 最低賃金の減額特例 permits (listed by the workers' kana; the read is audited about each worker). */
@RestController
@RequiresModule("employment")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/employment/permits")
class PermitController {
    private final PermitService permits;

    PermitController(PermitService permits) {
        this.permits = permits;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('employment:contract.read')")
    List<PermitView> permits(@PathVariable OfficeId officeId) {
        return permits.read(officeId).stream().map(n -> PermitView.of(n.permit())).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('employment:contract.write')")
    PermitView add(@PathVariable OfficeId officeId, @Valid @RequestBody PermitRequest r, Principal user) {
        return PermitView.of(permits.add(officeId, new PersonId(r.personId()), r.permitNumber(), r.reductionPercent(), r.validFrom(), r.validTo(),
                user.getName()));
    }

    /** A permit: the worker, its number, the reduction (percent of the minimum) and its validity. */
    record PermitRequest(@NotNull UUID personId, @NotBlank @Size(max = 50) String permitNumber,
                         @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "100", inclusive = false) BigDecimal reductionPercent,
                         @NotNull LocalDate validFrom, @NotNull LocalDate validTo) {
    }

    record PermitView(UUID id, UUID personId, String permitNumber, BigDecimal reductionPercent, LocalDate validFrom, LocalDate validTo) {
        static PermitView of(MinimumWagePermit p) {
            return new PermitView(p.id(), p.personId().value(), p.permitNumber(), p.reductionPercent(), p.validFrom(), p.validTo());
        }
    }
}
