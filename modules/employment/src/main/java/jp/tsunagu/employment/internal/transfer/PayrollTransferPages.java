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
    private final jp.tsunagu.web.PageForms forms;

    PayrollTransferPages(PayrollTransferService transfers, jp.tsunagu.web.PageForms forms) {
        this.transfers = transfers;
        this.forms = forms;
    }

    @GetMapping("/transfer.txt")
    @PreAuthorize("hasAuthority('employment:payroll.read')")
    ResponseEntity<byte[]> transferFile(@PathVariable OfficeId officeId, @RequestParam YearMonth month,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate transferDate,
                                        @RequestParam(defaultValue = "false") boolean skipMissing, java.util.Locale locale,
                                        jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        try {
            PayrollTransferService.TransferFile file = transfers.transferFile(officeId, month, transferDate, skipMissing);
            return Downloads.file(file.bytes(), file.filename());
        } catch (jp.tsunagu.kernel.Problem.Invalid refused) {
            // no requester or accounts missing (the first month, typically): back to the payroll page saying so, not a JSON body
            String back = request.getContextPath() + "/offices/" + officeId + "/employment/payroll?month=" + month;
            org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request).put(jp.tsunagu.web.PageForms.ERROR,
                    forms.text(refused, locale));
            org.springframework.web.servlet.support.RequestContextUtils.saveOutputFlashMap(back, request, response);
            return ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER).location(java.net.URI.create(back)).build();
        }
    }
}
