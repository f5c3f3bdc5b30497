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

/**
 * The check-in tablet: names by kana row, a tap to check in (group and work area) or out (break, transport, meal),
 * with the person's PIN when one is set. Times are the clock's, never typed.
 */
@Controller
@RequiresModule("workspace")
@PersonalData
@RequestMapping("/offices/{officeId}/workspace/tablet")
class TabletPages implements PageController {
    private final BoardService boards;
    private final CheckInService checkIns;
    private final AttendanceService attendance;
    private final WorkspaceConfigService config;
    private final TabletPins pins;
    private final WorkspacePageSupport pages;
    private final PageForms forms;
    private final MessageSource messages;
    private final Clock clock;

    TabletPages(BoardService boards, CheckInService checkIns, AttendanceService attendance, WorkspaceConfigService config, TabletPins pins,
                WorkspacePageSupport pages, PageForms forms, MessageSource messages, Clock clock) {
        this.boards = boards;
        this.checkIns = checkIns;
        this.attendance = attendance;
        this.config = config;
        this.pins = pins;
        this.pages = pages;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    String tablet(@PathVariable OfficeId officeId, @RequestParam(required = false) String row, Model model) {
        OfficeSummary office = pages.office(officeId);
        LocalDate today = LocalDate.now(clock);
        List<DailyBoard.Entry> everyone = boards.board(office.id(), today).groups().stream().flatMap(g -> g.entries().stream())
                .sorted(java.util.Comparator.comparing((DailyBoard.Entry e) -> e.person().kana())).toList();
        model.addAttribute("office", office);
        model.addAttribute("day", today);
        model.addAttribute("rows", Kana.rows());
        model.addAttribute("row", row == null ? "" : row);
        model.addAttribute("persons", row == null || row.isBlank() ? List.of()
                : everyone.stream().filter(e -> row.equals(Kana.rowOf(e.person().kana()))).toList());
        return "workspace/tablet";
    }

    @GetMapping("/{personId}")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    String person(@PathVariable OfficeId officeId, @PathVariable PersonId personId, Model model) {
        OfficeSummary office = pages.office(officeId);
        LocalDate today = LocalDate.now(clock);
        DailyBoard.Group group = boards.board(office.id(), today).groups().stream()
                .filter(g -> g.entries().stream().anyMatch(e -> e.person().personId().equals(personId)))
                .findFirst().orElseThrow(() -> new Problem.NotFound("workspace.personNotFound"));
        DailyBoard.Entry entry = group.entries().stream().filter(e -> e.person().personId().equals(personId)).findFirst().orElseThrow();
        model.addAttribute("office", office);
        model.addAttribute("day", today);
        model.addAttribute("group", group.group());
        model.addAttribute("entry", entry);
        model.addAttribute("areas", config.places(office.id()).stream().filter(p -> p.type() == WorkPlace.Type.AREA).toList());
        model.addAttribute("pin", pins.has(office.id(), personId));
        model.addAttribute("row", Kana.rowOf(entry.person().kana()));
        return "workspace/tablet-person";
    }

    @PostMapping("/{personId}/in")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    String in(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @ModelAttribute CheckInForm form, BindingResult binding,
              Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.withoutFieldNames().submitTo(form, binding, redirect, locale, WorkspacePageSupport.base(officeId) + "/tablet/" + personId, null, () -> {
            pins.check(office, personId, form.pin());
            var record = checkIns.checkIn(office, personId, LocalDate.now(clock), LocalTime.now(clock), form.groupId(), form.areaId(), null,
                    auth.getName());
            redirect.addFlashAttribute(PageForms.MESSAGE, messages.getMessage("workspace.ui.checkedIn", new Object[] {form.name(), record.checkIn()}, locale));
            return WorkspacePageSupport.base(officeId) + "/tablet";
        });
    }

    @PostMapping("/{personId}/out")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    String out(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @Valid @ModelAttribute CheckOutForm form, BindingResult binding,
               Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.withoutFieldNames().submitTo(form, binding, redirect, locale, WorkspacePageSupport.base(officeId) + "/tablet/" + personId, null, () -> {
            pins.check(office, personId, form.pin());
            var record = attendance.checkOut(office, personId, LocalDate.now(clock), LocalTime.now(clock), new DayDetails(
                    form.breakMinutes() == null ? 0 : form.breakMinutes(), Boolean.TRUE.equals(form.transportTo()),
                    Boolean.TRUE.equals(form.transportFrom()), Boolean.TRUE.equals(form.meal()), null, null), auth.getName());
            redirect.addFlashAttribute(PageForms.MESSAGE, messages.getMessage("workspace.ui.checkedOut", new Object[] {form.name(), record.checkOut()}, locale));
            return WorkspacePageSupport.base(officeId) + "/tablet";
        });
    }

    /** A tap on the tablet: the API's check-in without the date and time, which are the clock's. */
    record CheckInForm(String pin, @NotNull UUID groupId, UUID areaId, String name) {
    }

    /** Check boxes are absent when off; the break as the API bounds it. */
    record CheckOutForm(String pin, @Min(0) @Max(600) Integer breakMinutes, Boolean transportTo, Boolean transportFrom, Boolean meal,
                        String name) {
    }
}
