package jp.tsunagu.workspace.internal.web;

import jp.tsunagu.kernel.PersonId;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonalData;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.modules.RequiresModule;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import jp.tsunagu.web.PageController;
import jp.tsunagu.workspace.internal.AttendanceService;
import jp.tsunagu.workspace.internal.checkin.CheckInService;
import jp.tsunagu.workspace.internal.BoardService;
import jp.tsunagu.workspace.internal.DailyBoard;
import jp.tsunagu.workspace.internal.MonthService;
import jp.tsunagu.workspace.internal.MonthlyServiceSheet;
import jp.tsunagu.workspace.internal.TabletPins;
import jp.tsunagu.workspace.internal.WorkspaceConfigService;
import jp.tsunagu.workspace.internal.domain.AttendanceConfirmation;
import jp.tsunagu.workspace.internal.domain.DayDetails;
import jp.tsunagu.workspace.internal.domain.GroupKind;
import jp.tsunagu.workspace.internal.domain.WorkPlace;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workspace pages, in Japanese (English available): the daily board per group (refreshed live), the tablet
 * check-in page, the configuration of groups, areas and contents, each group's shift table, and the monthly
 * record sheets with the person's confirmation and the month's close.
 */
@Controller
@RequiresModule("workspace")
@PersonalData
@RequestMapping("/offices/{officeId}/workspace")
class WorkspacePages implements PageController {
    /** The rows of the kana syllabary the tablet's index offers; voiced kana file under their plain row. */
    static final Map<String, String> KANA_ROWS = new LinkedHashMap<>();

    static {
        KANA_ROWS.put("ア", "アイウエオァィゥェォヴ");
        KANA_ROWS.put("カ", "カキクケコ");
        KANA_ROWS.put("サ", "サシスセソ");
        KANA_ROWS.put("タ", "タチツテトッ");
        KANA_ROWS.put("ナ", "ナニヌネノ");
        KANA_ROWS.put("ハ", "ハヒフヘホ");
        KANA_ROWS.put("マ", "マミムメモ");
        KANA_ROWS.put("ヤ", "ヤユヨャュョ");
        KANA_ROWS.put("ラ", "ラリルレロ");
        KANA_ROWS.put("ワ", "ワヲンヮ");
    }

    private final AttendanceService attendance;
    private final CheckInService checkIns;
    private final BoardService boards;
    private final MonthService months;
    private final WorkspaceConfigService config;
    private final TabletPins pins;
    private final SheetDocuments documents;
    private final Offices offices;
    private final MessageSource messages;
    private final Clock clock;

    WorkspacePages(AttendanceService attendance, CheckInService checkIns, BoardService boards, MonthService months,
                   WorkspaceConfigService config, TabletPins pins, SheetDocuments documents, Offices offices,
                   MessageSource messages, Clock clock) {
        this.attendance = attendance;
        this.checkIns = checkIns;
        this.boards = boards;
        this.months = months;
        this.config = config;
        this.pins = pins;
        this.documents = documents;
        this.offices = offices;
        this.messages = messages;
        this.clock = clock;
    }

    /** The row of the syllabary a kana name starts with (ガ → カ). */
    static String row(String kana) {
        if (kana == null || kana.isEmpty()) {
            return "";
        }
        String base = Normalizer.normalize(kana.substring(0, 1), Normalizer.Form.NFD).substring(0, 1);
        return KANA_ROWS.entrySet().stream().filter(e -> e.getValue().contains(base)).map(Map.Entry::getKey).findFirst().orElse("");
    }

    // ---- the daily board -------------------------------------------------------------------------------------

    @GetMapping("/board")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    String board(@PathVariable OfficeId officeId, @RequestParam(required = false) LocalDate date, Model model, Authentication auth) {
        boardModel(officeId, date, model);
        model.addAttribute("canWrite", can(auth, "workspace:attendance.write"));
        return "workspace/board";
    }

    /** The board's groups alone, which the page fetches every few seconds (htmx) so that staff see it live. */
    @GetMapping("/board/live")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    String boardLive(@PathVariable OfficeId officeId, @RequestParam(required = false) LocalDate date, Model model,
                     Authentication auth) {
        boardModel(officeId, date, model);
        model.addAttribute("canWrite", can(auth, "workspace:attendance.write"));
        return "workspace/board :: groups";
    }

    private void boardModel(OfficeId officeId, LocalDate date, Model model) {
        OfficeSummary office = office(officeId);
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        DailyBoard board = boards.board(office.id(), on);
        model.addAttribute("office", office);
        model.addAttribute("date", on.toString());
        model.addAttribute("dateLabel", JapaneseDates.withIso(on));
        model.addAttribute("board", board);
    }

    // ---- the tablet --------------------------------------------------------------------------------------------

    @GetMapping("/tablet")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    String tablet(@PathVariable OfficeId officeId, @RequestParam(required = false) String row, Model model) {
        OfficeSummary office = office(officeId);
        LocalDate today = LocalDate.now(clock);
        List<DailyBoard.Entry> everyone = boards.board(office.id(), today).groups().stream().flatMap(g -> g.entries().stream())
                .sorted(java.util.Comparator.comparing((DailyBoard.Entry e) -> e.person().kana())).toList();
        model.addAttribute("office", office);
        model.addAttribute("dateLabel", JapaneseDates.withIso(today));
        model.addAttribute("rows", KANA_ROWS.keySet());
        model.addAttribute("row", row == null ? "" : row);
        model.addAttribute("persons", row == null || row.isBlank() ? List.of()
                : everyone.stream().filter(e -> row.equals(row(e.person().kana()))).toList());
        return "workspace/tablet";
    }

    @GetMapping("/tablet/{personId}")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    String tabletPerson(@PathVariable OfficeId officeId, @PathVariable PersonId personId, Model model) {
        OfficeSummary office = office(officeId);
        LocalDate today = LocalDate.now(clock);
        DailyBoard board = boards.board(office.id(), today);
        DailyBoard.Group group = board.groups().stream().filter(g -> g.entries().stream().anyMatch(e -> e.person().personId().equals(personId)))
                .findFirst().orElseThrow(() -> new Problem.NotFound("workspace.personNotFound"));
        DailyBoard.Entry entry = group.entries().stream().filter(e -> e.person().personId().equals(personId)).findFirst().orElseThrow();
        model.addAttribute("office", office);
        model.addAttribute("dateLabel", JapaneseDates.withIso(today));
        model.addAttribute("group", group.group());
        model.addAttribute("entry", entry);
        model.addAttribute("areas", config.places(office.id()).stream().filter(p -> p.type() == WorkPlace.Type.AREA).toList());
        model.addAttribute("pin", pins.has(office.id(), personId));
        model.addAttribute("row", row(entry.person().kana()));
        return "workspace/tablet-person";
    }

    @PostMapping("/tablet/{personId}/in")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    String tabletIn(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam MultiValueMap<String, String> form,
                    Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = office(officeId).id();
        try {
            pins.check(office, personId, text(form, "pin"));
            var record = checkIns.checkIn(office, personId, LocalDate.now(clock), LocalTime.now(clock), uuid(form, "groupId"),
                    uuid(form, "areaId"), null, auth.getName());
            redirect.addFlashAttribute("message", messages.getMessage("workspace.ui.checkedIn",
                    new Object[] {text(form, "name"), record.checkIn()}, locale));
            return "redirect:/offices/" + officeId + "/workspace/tablet";
        } catch (Problem problem) {
            redirect.addFlashAttribute("error", message(problem, locale));
            return "redirect:/offices/" + officeId + "/workspace/tablet/" + personId;
        }
    }

    @PostMapping("/tablet/{personId}/out")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    String tabletOut(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam MultiValueMap<String, String> form,
                     Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = office(officeId).id();
        try {
            pins.check(office, personId, text(form, "pin"));
            var record = attendance.checkOut(office, personId, LocalDate.now(clock), LocalTime.now(clock),
                    new DayDetails(number(form, "breakMinutes"), form.containsKey("transportTo"), form.containsKey("transportFrom"),
                            form.containsKey("meal"), null, null), auth.getName());
            redirect.addFlashAttribute("message", messages.getMessage("workspace.ui.checkedOut",
                    new Object[] {text(form, "name"), record.checkOut()}, locale));
            return "redirect:/offices/" + officeId + "/workspace/tablet";
        } catch (Problem problem) {
            redirect.addFlashAttribute("error", message(problem, locale));
            return "redirect:/offices/" + officeId + "/workspace/tablet/" + personId;
        }
    }

    // ---- staff entries: corrections and absences ------------------------------------------------------------

    /** A day's record with its corrections, and the form to correct it (a reason is required). */
    @GetMapping("/records/{recordId}")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    String record(@PathVariable UUID recordId, @PathVariable OfficeId officeId, Model model) {
        OfficeSummary office = office(officeId);
        var corrections = attendance.corrections(office.id(), recordId);
        var record = attendance.record(office.id(), recordId);
        model.addAttribute("office", office);
        model.addAttribute("record", record);
        model.addAttribute("person", months.person(office.id(), new PersonId(record.personId()), record.serviceDate()));
        model.addAttribute("dateLabel", JapaneseDates.withIso(record.serviceDate()));
        model.addAttribute("closed", months.closed(office.id(), YearMonth.from(record.serviceDate())));
        model.addAttribute("corrections", corrections);
        model.addAttribute("zone", clock.getZone());
        return "workspace/record";
    }

    @PostMapping("/records/{recordId}")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    String correct(@PathVariable OfficeId officeId, @PathVariable UUID recordId, @RequestParam MultiValueMap<String, String> form,
                   Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = office(officeId).id();
        try {
            attendance.correct(office, recordId, time(form, "checkIn"), parsed(form, "checkOut", LocalTime::parse),
                    new DayDetails(number(form, "breakMinutes"), form.containsKey("transportTo"), form.containsKey("transportFrom"),
                            form.containsKey("meal"), parsed(form, "offsite", jp.tsunagu.workspace.internal.domain.Offsite::valueOf),
                            text(form, "offsitePlace")),
                    text(form, "reason"), form.containsKey("afterClose"), auth.getName());
            redirect.addFlashAttribute("message", messages.getMessage("workspace.ui.correctedDone", null, locale));
        } catch (Problem problem) {
            redirect.addFlashAttribute("error", fieldMessage(problem, locale));
        }
        return "redirect:/offices/" + officeId + "/workspace/records/" + recordId;
    }

    /** The form to record an absence of a person expected that day, with the response given (欠席時対応). */
    @GetMapping("/absences/{personId}")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    String absenceForm(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam LocalDate date,
                       @RequestParam UUID groupId, Model model) {
        OfficeSummary office = office(officeId);
        model.addAttribute("office", office);
        model.addAttribute("person", months.person(office.id(), personId, date));
        model.addAttribute("date", date.toString());
        model.addAttribute("dateLabel", JapaneseDates.withIso(date));
        model.addAttribute("groupId", groupId);
        return "workspace/absence";
    }

    @PostMapping("/absences/{personId}")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    String absence(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam MultiValueMap<String, String> form,
                   Authentication auth, RedirectAttributes redirect, Locale locale) {
        OfficeId office = office(officeId).id();
        LocalDate date = date(form, "date");
        try {
            attendance.absence(office, personId, date, uuid(form, "groupId"), text(form, "contact"), text(form, "response"),
                    auth.getName());
            redirect.addFlashAttribute("message", messages.getMessage("workspace.ui.absenceRecorded", null, locale));
            return "redirect:/offices/" + officeId + "/workspace/board?date=" + date;
        } catch (Problem problem) {
            redirect.addFlashAttribute("error", fieldMessage(problem, locale));
            return "redirect:/offices/" + officeId + "/workspace/absences/" + personId + "?date=" + date + "&groupId=" + text(form, "groupId");
        }
    }

    // ---- configuration and shift tables ----------------------------------------------------------------------

    @GetMapping("/config")
    @PreAuthorize("hasAuthority('workspace:config.read')")
    String config(@PathVariable OfficeId officeId, Model model, Authentication auth) {
        OfficeSummary office = office(officeId);
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
    String addGroup(@PathVariable OfficeId officeId, @RequestParam MultiValueMap<String, String> form, Authentication auth,
                    RedirectAttributes redirect, Locale locale) {
        return configStep(officeId, redirect, locale, "workspace.ui.groupAdded", () -> config.addGroup(officeId,
                required(form, "name"), GroupKind.valueOf(required(form, "kind")), auth.getName()));
    }

    @PostMapping("/config/places")
    @PreAuthorize("hasAuthority('workspace:config.manage')")
    String addPlace(@PathVariable OfficeId officeId, @RequestParam MultiValueMap<String, String> form, Authentication auth,
                    RedirectAttributes redirect, Locale locale) {
        return configStep(officeId, redirect, locale, "workspace.ui.placeAdded", () -> config.addPlace(officeId,
                WorkPlace.Type.valueOf(required(form, "type")), required(form, "name"), text(form, "location"),
                text(form, "floorArea") == null ? null : decimal(form, "floorArea"), form.containsKey("offsite"), auth.getName()));
    }

    @PostMapping("/config/assignments")
    @PreAuthorize("hasAuthority('workspace:config.manage')")
    String assign(@PathVariable OfficeId officeId, @RequestParam MultiValueMap<String, String> form, Authentication auth,
                  RedirectAttributes redirect, Locale locale) {
        return configStep(officeId, redirect, locale, "workspace.ui.assigned", () -> config.assign(officeId,
                uuid(form, "groupId"), uuid(form, "placeId"), time(form, "startsAt"), time(form, "endsAt"), date(form, "validFrom"),
                text(form, "validTo") == null ? null : date(form, "validTo"), auth.getName()));
    }

    /** One group's shift table, a document of its own (WS-5: the groups' tables are kept apart). */
    @GetMapping("/groups/{groupId}/shift-table")
    @PreAuthorize("hasAuthority('workspace:config.read')")
    String shiftTable(@PathVariable OfficeId officeId, @PathVariable UUID groupId, Model model) {
        OfficeSummary office = office(officeId);
        var slots = config.shiftTable(office.id(), groupId);
        model.addAttribute("office", office);
        model.addAttribute("group", config.groups(office.id()).stream().filter(g -> g.id().equals(groupId)).findFirst().orElseThrow());
        Map<UUID, WorkPlace> places = new LinkedHashMap<>();
        config.places(office.id()).forEach(p -> places.put(p.id(), p));
        model.addAttribute("places", places);
        model.addAttribute("slots", slots);
        model.addAttribute("era", (Function<LocalDate, String>) d -> d == null ? "" : JapaneseDates.withIso(d));
        return "workspace/shift-table";
    }

    // ---- monthly record sheets ---------------------------------------------------------------------------------

    @GetMapping("/sheets")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    String sheets(@PathVariable OfficeId officeId, @RequestParam(required = false) YearMonth month, Model model, Authentication auth) {
        OfficeSummary office = office(officeId);
        YearMonth m = month == null ? YearMonth.now(clock).minusMonths(1) : month;
        List<MonthlyServiceSheet> sheets = months.sheets(office.id(), m);
        model.addAttribute("office", office);
        model.addAttribute("month", m.toString());
        model.addAttribute("monthLabel", JapaneseDates.era(m.atDay(1)).replaceFirst("1日$", ""));
        model.addAttribute("sheets", sheets);
        model.addAttribute("closed", !sheets.isEmpty() && sheets.get(0).closed());
        model.addAttribute("canClose", can(auth, "workspace:month.close"));
        return "workspace/sheets";
    }

    @GetMapping("/sheets/{personId}")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    String sheet(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam YearMonth month, Model model) {
        OfficeSummary office = office(officeId);
        model.addAttribute("office", office);
        model.addAttribute("sheet", months.sheet(office.id(), personId, month));
        model.addAttribute("monthLabel", JapaneseDates.era(month.atDay(1)).replaceFirst("1日$", ""));
        model.addAttribute("month", month.toString());
        model.addAttribute("weekday", (Function<LocalDate, String>) SheetDocuments::weekday);
        model.addAttribute("era", (Function<LocalDate, String>) d -> d == null ? "" : JapaneseDates.withIso(d));
        return "workspace/sheet";
    }

    @PostMapping("/sheets/{personId}/confirm")
    @PreAuthorize("hasAuthority('workspace:attendance.write')")
    String confirm(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam MultiValueMap<String, String> form,
                   Authentication auth, RedirectAttributes redirect, Locale locale) {
        YearMonth month = YearMonth.parse(required(form, "month"));
        try {
            months.confirm(officeId, personId, month, AttendanceConfirmation.Method.valueOf(required(form, "method")),
                    text(form, "signature"), auth.getName());
            redirect.addFlashAttribute("message", messages.getMessage("workspace.ui.confirmed", null, locale));
        } catch (Problem problem) {
            redirect.addFlashAttribute("error", message(problem, locale));
        }
        return "redirect:/offices/" + officeId + "/workspace/sheets/" + personId + "?month=" + month;
    }

    @PostMapping("/sheets/close")
    @PreAuthorize("hasAuthority('workspace:month.close')")
    String close(@PathVariable OfficeId officeId, @RequestParam MultiValueMap<String, String> form, Authentication auth,
                 RedirectAttributes redirect, Locale locale) {
        YearMonth month = YearMonth.parse(required(form, "month"));
        try {
            months.close(officeId, month, auth.getName());
            redirect.addFlashAttribute("message", messages.getMessage("workspace.ui.closed", new Object[] {month}, locale));
        } catch (Problem problem) {
            redirect.addFlashAttribute("error", message(problem, locale));
        }
        return "redirect:/offices/" + officeId + "/workspace/sheets?month=" + month;
    }

    @GetMapping("/sheets/pdf")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    ResponseEntity<byte[]> sheetsPdf(@PathVariable OfficeId officeId, @RequestParam YearMonth month) {
        return documents.pdfResponse(months.sheets(office(officeId).id(), month), "jisseki-" + month + "-all.pdf");
    }

    @GetMapping("/sheets/{personId}/pdf")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    ResponseEntity<byte[]> sheetPdf(@PathVariable OfficeId officeId, @PathVariable PersonId personId, @RequestParam YearMonth month) {
        return documents.pdfResponse(List.of(months.sheet(office(officeId).id(), personId, month)), "jisseki-" + month + ".pdf");
    }

    @GetMapping("/sheets/csv")
    @PreAuthorize("hasAuthority('workspace:attendance.read')")
    ResponseEntity<String> sheetsCsv(@PathVariable OfficeId officeId, @RequestParam YearMonth month) {
        return documents.csvResponse(months.sheets(office(officeId).id(), month), month);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------


    private String configStep(OfficeId officeId, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", messages.getMessage(done, null, locale));
        } catch (Problem problem) {
            redirect.addFlashAttribute("error", message(problem, locale));
        }
        return "redirect:/offices/" + officeId + "/workspace/config";
    }

    /** The message with the field it is about, for forms with several fields. */
    private String fieldMessage(Problem problem, Locale locale) {
        String text = message(problem, locale);
        return problem instanceof Problem.Invalid invalid ? invalid.field() + ": " + text : text;
    }

    private String message(Problem problem, Locale locale) {
        return messages.getMessage(problem.code(), problem.args(), problem.code(), locale);
    }

    private OfficeSummary office(OfficeId officeId) {
        return offices.find(officeId).orElseThrow(() -> new Problem.NotFound("office.notFound"));
    }

    private static boolean can(Authentication auth, String privilege) {
        return auth.getAuthorities().stream().anyMatch(a -> privilege.equals(a.getAuthority()));
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String required(MultiValueMap<String, String> form, String name) {
        String v = text(form, name);
        if (v == null) {
            throw new Problem.Invalid(name, "NotNull", name);
        }
        return v;
    }

    private static <T> T parsed(MultiValueMap<String, String> form, String name, Function<String, T> parse) {
        String v = text(form, name);
        if (v == null) {
            return null;
        }
        try {
            return parse.apply(v);
        } catch (RuntimeException e) {
            throw new Problem.Invalid(name, "validation.type", name);
        }
    }

    private static UUID uuid(MultiValueMap<String, String> form, String name) {
        return parsed(form, name, UUID::fromString);
    }

    private static LocalTime time(MultiValueMap<String, String> form, String name) {
        LocalTime t = parsed(form, name, LocalTime::parse);
        if (t == null) {
            throw new Problem.Invalid(name, "NotNull", name);
        }
        return t;
    }

    private static LocalDate date(MultiValueMap<String, String> form, String name) {
        LocalDate d = parsed(form, name, LocalDate::parse);
        if (d == null) {
            throw new Problem.Invalid(name, "NotNull", name);
        }
        return d;
    }

    private static BigDecimal decimal(MultiValueMap<String, String> form, String name) {
        return parsed(form, name, BigDecimal::new);
    }

    private static int number(MultiValueMap<String, String> form, String name) {
        Integer n = parsed(form, name, Integer::valueOf);
        return n == null ? 0 : n;
    }
}
