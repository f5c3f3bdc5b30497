package jp.tsunagu.wages.internal.reserves;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.Yen;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.wages.internal.reserves.ReserveEntry.Reserve;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The office's reserves (工賃変動積立金, 設備等整備積立金): balances and movements, and the opening balance. */
@RestController
@RequiresModule("wages")
@RequestMapping("/api/v1/offices/{officeId}/wages/reserves")
class ReserveController {
    private final ReserveService reserves;

    ReserveController(ReserveService reserves) {
        this.reserves = reserves;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    ReservesView reserves(@PathVariable OfficeId officeId) {
        Map<Reserve, Long> balances = new java.util.EnumMap<>(Reserve.class);
        reserves.balances(officeId).forEach((r, yen) -> balances.put(r, yen.value()));
        return new ReservesView(balances, reserves.entries(officeId).stream().map(EntryView::of).toList());
    }

    @PostMapping("/opening")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('wages:ledger.write')")
    EntryView opening(@PathVariable OfficeId officeId, @Valid @RequestBody Opening o, Principal user) {
        return EntryView.of(reserves.opening(officeId, o.reserve(), Yen.of(o.amount()), o.evidence(), user.getName()));
    }

    /** The balance carried in and its evidence (the board's resolution, the accounts it stands in). */
    record Opening(@NotNull Reserve reserve, @NotNull @Positive @Max(999_999_999_999L) Long amount, @NotBlank @Size(max = 500) String evidence) {
    }

    record EntryView(UUID id, Reserve reserve, ReserveEntry.Kind kind, long amount, YearMonth runMonth, String reason) {
        static EntryView of(ReserveEntry e) {
            return new EntryView(e.id(), e.reserve(), e.kind(), e.amount().value(), e.runMonth(), e.reason());
        }
    }

    record ReservesView(Map<Reserve, Long> balances, List<EntryView> entries) {
    }
}
