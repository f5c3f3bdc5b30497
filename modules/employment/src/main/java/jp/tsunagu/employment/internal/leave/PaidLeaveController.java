package jp.tsunagu.employment.internal.leave;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Annual paid leave: the office's balances with the obligation's warnings, a user's ledger, and leave taken. */
@RestController
@RequiresModule("employment")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/employment/paid-leave")
class PaidLeaveController {
    private final PaidLeaveService leave;

    PaidLeaveController(PaidLeaveService leave) {
        this.leave = leave;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    List<LedgerView> office(@PathVariable OfficeId officeId) {
        return leave.office(officeId).stream().map(LedgerView::of).toList();
    }

    @GetMapping("/{personId}")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    LedgerView person(@PathVariable OfficeId officeId, @PathVariable PersonId personId) {
        return LedgerView.of(leave.ledger(officeId, personId));
    }

    @PostMapping("/{personId}/taken")
    @PreAuthorize("hasAuthority('employment:payroll.close')")
    LedgerView take(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @RequestBody TakenRequest r, Principal user) {
        return LedgerView.of(leave.take(officeId, personId, r.date(), r.days(), user.getName()));
    }

    record TakenRequest(@NotNull LocalDate date, @NotNull BigDecimal days) {
    }

    record GrantView(LocalDate date, int monthsOfService, int days, BigDecimal used, LocalDate expires, int mustTake, BigDecimal takenInYear,
                     String obligation, boolean upcoming) {
    }

    record LedgerView(UUID personId, String name, String kana, LocalDate hired, List<GrantView> grants, BigDecimal remaining) {
        static LedgerView of(PaidLeaveService.PersonLedger l) {
            return new LedgerView(l.person().value(), l.name(), l.kana(), l.ledger().hired(), l.ledger().grants().stream()
                    .map(g -> new GrantView(g.date(), g.monthsOfService(), g.days(), g.used(), g.expires(), g.mustTake(), g.takenInYear(),
                            g.obligation().name(), g.upcoming())).toList(), l.ledger().remaining());
        }
    }
}
