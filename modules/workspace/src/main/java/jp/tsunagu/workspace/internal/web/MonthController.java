package jp.tsunagu.workspace.internal.web;

import jp.tsunagu.web.Downloads;
import jp.tsunagu.kernel.PersonId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.DrawnSignature;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.workspace.internal.documents.MonthlySheetCsv;
import jp.tsunagu.workspace.internal.documents.MonthlySheetPdf;
import jp.tsunagu.workspace.internal.MonthService;
import jp.tsunagu.workspace.internal.MonthlyServiceSheet;
import jp.tsunagu.workspace.internal.domain.AttendanceConfirmation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Monthly record sheets (実績記録票) as JSON, CSV and A4 PDF; the person's confirmation; the month's close. */
@RestController
@RequiresModule("workspace")
@PersonalData
@RequestMapping("/api/v1/offices/{officeId}/workspace/months/{month}")
class MonthController {
    private final MonthService months;
    private final MonthlySheetPdf pdf;
    private final MonthlySheetCsv csv;

    MonthController(MonthService months, MonthlySheetPdf pdf, MonthlySheetCsv csv) {
        this.months = months;
        this.pdf = pdf;
        this.csv = csv;
    }

    @GetMapping("/sheets/{personId}")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    SheetView sheet(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @PathVariable PersonId personId) {
        return SheetView.of(months.sheet(officeId, personId, month));
    }

    @GetMapping("/sheets/{personId}/pdf")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    ResponseEntity<byte[]> sheetPdf(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @PathVariable PersonId personId) {
        return Downloads.pdf(pdf.render(List.of(months.sheet(officeId, personId, month))), "jisseki-" + month + ".pdf");
    }

    /** Everyone's sheets of the month in one PDF, one A4 page each, to print at month end. */
    @GetMapping("/sheets/pdf")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    ResponseEntity<byte[]> sheetsPdf(@PathVariable OfficeId officeId, @PathVariable YearMonth month) {
        return Downloads.pdf(pdf.render(months.sheets(officeId, month)), "jisseki-" + month + "-all.pdf");
    }

    @GetMapping("/sheets/csv")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    ResponseEntity<String> sheetsCsv(@PathVariable OfficeId officeId, @PathVariable YearMonth month) {
        return Downloads.csv(csv.write(months.sheets(officeId, month)), "jisseki-" + month + ".csv");
    }

    @PostMapping("/sheets/{personId}/confirmation")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    ConfirmationView confirm(@PathVariable OfficeId officeId, @PathVariable YearMonth month, @PathVariable PersonId personId,
                             @Valid @RequestBody Confirm c, Principal user) {
        return ConfirmationView.of(months.confirm(officeId, personId, month, c.method(), c.signature(), user.getName()));
    }

    @PostMapping("/close")
    @PreAuthorize("hasAuthority('workspace:month.close')")
    Map<String, Object> close(@PathVariable OfficeId officeId, @PathVariable YearMonth month, Principal user) {
        var closed = months.close(officeId, month, user.getName());
        return Map.of("month", closed.month().toString(), "closedAt", closed.closedAt(), "closedBy", closed.closedBy());
    }


    record Confirm(@NotNull AttendanceConfirmation.Method method, @Size(max = DrawnSignature.MAX_LENGTH) String signature) {
    }

    record ConfirmationView(String method, LocalDate confirmedOn, String recordedBy, boolean signed) {
        static ConfirmationView of(AttendanceConfirmation c) {
            return c == null ? null : new ConfirmationView(c.method().name(), c.confirmedOn(), c.recordedBy(), c.signature() != null);
        }
    }

    record SheetView(PersonId personId, String name, String kana, String certificateNumber, String month, boolean closed,
                     Map<ServiceType, MonthlyServiceSheet.Usage> usage, MonthlyServiceSheet.Totals totals, ConfirmationView confirmation,
                     List<AttendanceController.RecordView> days) {
        static SheetView of(MonthlyServiceSheet s) {
            return new SheetView(s.person().personId(), s.person().name(), s.person().kana(), s.person().certificateNumber(),
                    s.month().toString(), s.closed(), s.usage(), s.totals(), ConfirmationView.of(s.confirmation()),
                    s.recordedDays().stream().map(d -> AttendanceController.RecordView.of(d.record())).toList());
        }
    }
}
