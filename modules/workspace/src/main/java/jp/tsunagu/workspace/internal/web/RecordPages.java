package jp.tsunagu.workspace.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.kernel.Kana;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.web.PageController;
import jp.tsunagu.web.PageForms;
import jp.tsunagu.workspace.internal.AttendanceService;
import jp.tsunagu.workspace.internal.BoardService;
import jp.tsunagu.workspace.internal.DailyBoard;
import jp.tsunagu.workspace.internal.MonthService;
import jp.tsunagu.workspace.internal.MonthlyServiceSheet;
import jp.tsunagu.workspace.internal.TabletPins;
import jp.tsunagu.workspace.internal.WorkspaceConfigService;
import jp.tsunagu.workspace.internal.checkin.CheckInService;
import jp.tsunagu.workspace.internal.domain.DayDetails;
import jp.tsunagu.workspace.internal.domain.GroupKind;
import jp.tsunagu.workspace.internal.domain.WorkPlace;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff entries on a day's record: the record with its corrections and the form to correct it; an absence and the response given. */
@Controller
@RequiresModule("workspace")
@PersonalData
@RequestMapping("/offices/{officeId}/workspace")
class RecordPages implements PageController {
    private final AttendanceService attendance;
    private final MonthService months;
    private final WorkspacePageSupport pages;
    private final PageForms forms;
    private final Clock clock;

    RecordPages(AttendanceService attendance, MonthService months, WorkspacePageSupport pages, PageForms forms, Clock clock) {
        this.attendance = attendance;
        this.months = months;
        this.pages = pages;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/records/{recordId}")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    String record(@PathVariable OfficeId officeId, @PathVariable UUID recordId, Model model) {
        OfficeSummary office = pages.office(officeId);
        var corrections = attendance.corrections(office.id(), recordId);
        var record = attendance.record(office.id(), recordId);
        model.addAttribute("office", office);
        model.addAttribute("record", record);
        model.addAttribute("person", months.person(office.id(), new PersonId(record.personId()), record.serviceDate()));
        model.addAttribute("closed", months.closed(office.id(), YearMonth.from(record.serviceDate())));
        model.addAttribute("corrections", corrections);
        model.addAttribute("zone", clock.getZone());
        return "workspace/record";
    }

    /** A correction needs its reason (the API's rule); after the month is closed it is marked so. */
    @PostMapping("/records/{recordId}")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    String correct(@PathVariable OfficeId officeId, @PathVariable UUID recordId, @Valid @ModelAttribute AttendanceController.Correction form,
                   BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, WorkspacePageSupport.base(officeId) + "/records/" + recordId,
                "workspace.ui.correctedDone", () -> attendance.correct(office, recordId, form.checkIn(), form.checkOut(), form.details(),
                        form.reason(), Boolean.TRUE.equals(form.afterClose()), auth.getName()));
    }

    /** The form to record an absence of a person expected that day, with the response given (欠席時対応). */
    @GetMapping("/absences/{personId}")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    String absenceForm(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam LocalDate date,
                       @RequestParam UUID groupId, Model model) {
        OfficeSummary office = pages.office(officeId);
        model.addAttribute("office", office);
        model.addAttribute("person", months.person(office.id(), personId, date));
        model.addAttribute("date", date);
        model.addAttribute("groupId", groupId);
        return "workspace/absence";
    }

    /** The API's absence record; its person is the path's. */
    @PostMapping("/absences/{personId}")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    String absence(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @ModelAttribute AttendanceController.Absence form,
                   BindingResult binding, Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        String back = WorkspacePageSupport.base(officeId) + "/absences/" + personId + "?date=" + form.date() + "&groupId=" + form.groupId();
        return forms.submitTo(form, binding, redirect, locale, back, "workspace.ui.absenceRecorded", () -> {
            attendance.absence(office, personId, form.date(), form.groupId(), form.contact(), form.response(), auth.getName());
            return WorkspacePageSupport.base(officeId) + "/board?date=" + form.date();
        });
    }
}
