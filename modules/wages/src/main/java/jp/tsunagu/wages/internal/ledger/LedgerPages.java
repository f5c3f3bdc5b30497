package jp.tsunagu.wages.internal.ledger;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForms;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 生産活動: the month's ledger page (summary per activity, the entries by voucher, corrections marked 訂正 with the month
 * corrected and the reason) and its forms, bound to the API's records. A closed month's vouchers link to the correction
 * form of an open month, filled in with the month and the voucher corrected.
 */
@Controller
@RequiresModule("wages")
@RequestMapping("/offices/{officeId}/wages/ledger")
class LedgerPages implements PageController {
    private final LedgerService ledger;
    private final Offices offices;
    private final PageForms forms;
    private final Clock clock;

    LedgerPages(LedgerService ledger, Offices offices, PageForms forms, Clock clock) {
        this.ledger = ledger;
        this.offices = offices;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    String month(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month,
                 @RequestParam(required = false) YearMonth correctsMonth, @RequestParam(required = false) UUID correctsEntryId,
                 Model model, Authentication auth) {
        OfficeSummary office = offices.require(officeId);
        YearMonth m = month == null ? YearMonth.now(clock) : month;
        LedgerService.MonthSummary summary = ledger.summary(office.id(), m);
        Map<UUID, String> names = new LinkedHashMap<>();
        summary.activities().forEach(t -> names.put(t.activity().id(), t.activity().name()));
        model.addAttribute("office", office);
        model.addAttribute("month", m);
        model.addAttribute("fiscalYear", jp.tsunagu.kernel.FiscalYear.of(m).startYear());
        model.addAttribute("fiscalYearValue", jp.tsunagu.kernel.FiscalYear.of(m));
        model.addAttribute("summary", summary);
        model.addAttribute("entries", ledger.entries(office.id(), m));
        model.addAttribute("scanned", ledger.scanned(office.id(), m));
        model.addAttribute("names", names);
        model.addAttribute("categories", EntryCategory.values());
        boolean closed = ledger.closed(office.id(), m);
        model.addAttribute("closed", closed);
        model.addAttribute("canWrite", can(auth, "wages:ledger.write"));
        model.addAttribute("corrected", ledger.corrected(office.id(), m));
        // a closed month's vouchers link to the correction form of an open month: this month, or the one after the closed month
        YearMonth now = YearMonth.now(clock);
        model.addAttribute("correctionMonth", now.isAfter(m) ? now : m.plusMonths(1));
        // the correction form, filled in from a closed month's 訂正 link
        model.addAttribute("correctsMonth", closed ? null : correctsMonth);
        if (!closed && correctsMonth != null && correctsEntryId != null) {
            ledger.correctable(office.id(), correctsMonth, correctsEntryId).ifPresent(e -> model.addAttribute("correcting", e));
        }
        model.addAttribute("offersTypeA", office.offers(jp.tsunagu.kernel.ServiceType.TYPE_A));
        return "wages/ledger";
    }

    @PostMapping("/activities")
    @PreAuthorize("hasAuthority('wages:ledger.write')")
    String addActivity(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month,
                       @Valid @ModelAttribute LedgerController.ActivityDetails form, BindingResult binding, Authentication auth,
                       RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId, month), "wages.ui.activityAdded",
                () -> ledger.addActivity(office, form.name(), form.purpose(), auth.getName()));
    }

    @PostMapping("/entries")
    @PreAuthorize("hasAuthority('wages:ledger.write')")
    String addEntry(@PathVariable OfficeId officeId, @RequestParam YearMonth month, @Valid @ModelAttribute LedgerController.EntryDetails form,
                    BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId, month), "wages.ui.entryAdded",
                () -> ledger.addEntry(office, month, form.activityId(), form.category(), form.voucherNumber(), form.date(), form.partner(),
                        form.wholeYen(), form.note(), auth.getName()));
    }

    /** A correction of a closed month, entered in the open {@code month} (the form 「締めた月の訂正」). */
    @PostMapping("/corrections")
    @PreAuthorize("hasAuthority('wages:ledger.write')")
    String addCorrection(@PathVariable OfficeId officeId, @RequestParam YearMonth month,
                         @Valid @ModelAttribute LedgerController.CorrectionDetails form, BindingResult binding, Authentication auth,
                         RedirectAttributes redirect, Locale locale) {
        OfficeId office = offices.require(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId, month), "wages.ui.correctionAdded",
                () -> ledger.addCorrection(office, month, form.activityId(), form.category(), form.voucherNumber(), form.date(),
                        form.partner(), form.wholeYen(), form.note(), form.correction(), auth.getName()));
    }

    @PostMapping("/entries/{entryId}/scan")
    @PreAuthorize("hasAuthority('wages:ledger.write')")
    String attachScan(@PathVariable OfficeId officeId, @PathVariable UUID entryId, @RequestParam YearMonth month,
                      @RequestParam("file") MultipartFile file, Authentication auth, RedirectAttributes redirect, Locale locale) throws IOException {
        OfficeId office = offices.require(officeId).id();
        byte[] content = file.getBytes();
        return forms.submit(null, null, redirect, locale, back(officeId, month), "wages.ui.scanAttached",
                () -> ledger.attachScan(office, month, entryId, file.getOriginalFilename(), content, auth.getName()));
    }

    @GetMapping("/entries/{entryId}/scan")
    @PreAuthorize("hasAuthority('wages:ledger.read')")
    ResponseEntity<byte[]> scan(@PathVariable OfficeId officeId, @PathVariable UUID entryId, @RequestParam YearMonth month) {
        return LedgerController.scanResponse(ledger.scan(offices.require(officeId).id(), month, entryId));
    }

    private static String back(OfficeId officeId, YearMonth month) {
        return "/offices/" + officeId + "/wages/ledger" + (month == null ? "" : "?month=" + month);
    }
}
