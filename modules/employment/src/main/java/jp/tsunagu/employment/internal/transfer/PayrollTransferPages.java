package jp.tsunagu.employment.internal.transfer;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.web.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The closed month's 全銀 給与振込 file as the payroll page's form asks for it (the file {@link PayrollTransferController} gives). */
@Controller
@RequiresModule("employment")
@PersonalData
@RequestMapping("/offices/{officeId}/employment/payroll")
class PayrollTransferPages {
    private final PayrollTransferService transfers;

    PayrollTransferPages(PayrollTransferService transfers) {
        this.transfers = transfers;
    }

    @GetMapping("/transfer.txt")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<byte[]> transferFile(@PathVariable OfficeId officeId, @RequestParam YearMonth month,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate transferDate,
                                        @RequestParam(defaultValue = "false") boolean skipMissing) {
        PayrollTransferService.TransferFile file = transfers.transferFile(officeId, month, transferDate, skipMissing);
        return Downloads.file(file.bytes(), file.filename());
    }
}
