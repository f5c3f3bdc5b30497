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

/** The office's workspace set-up: groups, work areas and contents, the slots each group holds them, and one group's shift table. */
@Controller
@RequiresModule("workspace")
@RequestMapping("/offices/{officeId}/workspace")
class ConfigPages implements PageController {
    private final WorkspaceConfigService config;
    private final WorkspacePageSupport pages;
    private final PageForms forms;

    ConfigPages(WorkspaceConfigService config, WorkspacePageSupport pages, PageForms forms) {
        this.config = config;
        this.pages = pages;
        this.forms = forms;
    }

    @GetMapping("/config")
    @PreAuthorize("hasAuthority('workspace:config.read')")
    String config(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = pages.office(officeId);
        var groups = config.groups(office.id());
        var places = config.places(office.id());
        Map<UUID, String> names = new LinkedHashMap<>();
        groups.forEach(g -> names.put(g.id(), g.name()));
        places.forEach(p -> names.put(p.id(), p.name()));
        model.addAttribute("office", office);
        model.addAttribute("groups", groups);
        model.addAttribute("places", places);
        model.addAttribute("assignments", config.assignments(office.id()));
        model.addAttribute("names", names);
        model.addAttribute("kinds", java.util.Arrays.stream(GroupKind.values()).filter(k -> office.offers(k.serviceType())).toList());
        model.addAttribute("canManage", can(auth, "workspace:config.manage"));
        return "workspace/config";
    }

    @PostMapping("/config/groups")
    @PreAuthorize("hasAuthority('workspace:config.manage')")
    String addGroup(@PathVariable OfficeId officeId, @Valid @ModelAttribute WorkspaceConfigController.NewGroup form, BindingResult binding,
                    Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId), "workspace.ui.groupAdded",
                () -> config.addGroup(office, form.name().strip(), form.kind(), auth.getName()));
    }

    @PostMapping("/config/places")
    @PreAuthorize("hasAuthority('workspace:config.manage')")
    String addPlace(@PathVariable OfficeId officeId, @Valid @ModelAttribute WorkspaceConfigController.NewPlace form, BindingResult binding,
                    Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId), "workspace.ui.placeAdded", () -> config.addPlace(office,
                form.type(), form.name().strip(), form.location(), form.floorArea(), Boolean.TRUE.equals(form.offsite()), auth.getName()));
    }

    @PostMapping("/config/assignments")
    @PreAuthorize("hasAuthority('workspace:config.manage')")
    String assign(@PathVariable OfficeId officeId, @Valid @ModelAttribute WorkspaceConfigController.NewAssignment form, BindingResult binding,
                  Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = pages.office(officeId).id();
        return forms.submit(form, binding, redirect, locale, back(officeId), "workspace.ui.assigned", () -> config.assign(office,
                form.groupId(), form.placeId(), form.startsAt(), form.endsAt(), form.validFrom(), form.validTo(), auth.getName()));
    }

    /** One group's shift table, a document of its own (WS-5: the groups' tables are kept apart). */
    @GetMapping("/groups/{groupId}/shift-table")
    @PreAuthorize("hasAuthority('workspace:config.read')")
    String shiftTable(@PathVariable OfficeId officeId, @PathVariable UUID groupId, Model model) {
        OfficeSummary office = pages.office(officeId);
        model.addAttribute("office", office);
        model.addAttribute("group", config.groups(office.id()).stream().filter(g -> g.id().equals(groupId)).findFirst()
                .orElseThrow(() -> new Problem.NotFound("notFound")));
        Map<UUID, WorkPlace> places = new LinkedHashMap<>();
        config.places(office.id()).forEach(p -> places.put(p.id(), p));
        model.addAttribute("places", places);
        model.addAttribute("slots", config.shiftTable(office.id(), groupId));
        return "workspace/shift-table";
    }

    private static String back(OfficeId officeId) {
        return WorkspacePageSupport.base(officeId) + "/config";
    }
}
