package jp.tsunagu.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditRecord;
import jp.tsunagu.audit.AuditSearch;
import jp.tsunagu.identity.CurrentUser;
import jp.tsunagu.identity.Memberships;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.Role;
import jp.tsunagu.tenancy.OfficeSummary;
import jp.tsunagu.tenancy.Offices;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for tenant admins (members and roles) and auditors (the audit trail). */
@jp.tsunagu.kernel.PersonalData
@ConditionalOnWebApplication
@Controller
class AdminPagesController implements jp.tsunagu.web.PageController {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Memberships memberships;
    private final Offices offices;
    private final AuditSearch audit;
    private final MessageSource messages;

    AdminPagesController(Memberships memberships, Offices offices, AuditSearch audit, MessageSource messages) {
        this.memberships = memberships;
        this.offices = offices;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/admin/members")
    String members(Model model) {
        CurrentUser user = require("identity:membership.read");
        Map<UUID, String> officeNames = offices.all().stream()
                .collect(Collectors.toMap(o -> o.id().value(), OfficeSummary::name, (a, b) -> a, java.util.LinkedHashMap::new));
        model.addAttribute("canManage", user.can("identity:membership.manage"));
        model.addAttribute("members", memberships.members());
        model.addAttribute("officeNames", officeNames);
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> r != Role.PLATFORM_OPERATOR).toList());
        return "members";
    }

    @PostMapping("/admin/members")
    String assign(@RequestParam String username, @RequestParam(required = false) List<Role> roles,
                  @RequestParam(defaultValue = "false") boolean allOffices,
                  @RequestParam(required = false) List<UUID> officeIds, RedirectAttributes redirect, Locale locale) {
        require("identity:membership.manage");
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        try {
            memberships.assign(name, allOffices, officeIds, roles == null ? Set.of() : EnumSet.copyOf(roles));
            redirect.addFlashAttribute("message", messages.getMessage("ui.members.saved", new Object[] {name}, locale));
        } catch (Problem problem) {
            redirect.addFlashAttribute("error", messages.getMessage(problem.code(), problem.args(), locale));
        }
        return "redirect:/admin/members";
    }

    @PostMapping("/admin/members/{username}/delete")
    String remove(@PathVariable String username, RedirectAttributes redirect, Locale locale) {
        require("identity:membership.manage");
        try {
            memberships.remove(username);
            redirect.addFlashAttribute("message", messages.getMessage("ui.members.removed", new Object[] {username}, locale));
        } catch (Problem problem) {
            redirect.addFlashAttribute("error", messages.getMessage(problem.code(), problem.args(), locale));
        }
        return "redirect:/admin/members";
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String person, @RequestParam(required = false) String user,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 Model model, Locale locale) {
        require("audit:trail.read");
        model.addAttribute("person", person);
        model.addAttribute("username", user);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            AuditSearch.Result result = audit.search(uuid("person", person), user, date("from", from), date("to", to), 500);
            model.addAttribute("from", result.from().toString());
            model.addAttribute("to", result.to().toString());
            model.addAttribute("period", result);
            model.addAttribute("records", result.records().stream().map(AuditRow::of).toList());
        } catch (Problem problem) {
            model.addAttribute("error", messages.getMessage(problem.code(), problem.args(), locale));
            model.addAttribute("records", List.of());
        }
        return "audit";
    }

    @GetMapping("/audit/export")
    void export(@RequestParam(required = false) String person, @RequestParam(required = false) String user,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                HttpServletResponse response) throws IOException {
        require("audit:trail.read");
        AuditSearch.Result result = audit.export(uuid("person", person), user, date("from", from), date("to", to));
        response.setContentType("text/csv; charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + result.from() + "-" + result.to() + ".csv\"");
        AuditSearch.writeCsv(result.records(), response.getWriter());
    }

    private static CurrentUser require(String privilege) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new Problem.Forbidden("access.denied"));
        if (!user.can(privilege)) {
            throw new Problem.Forbidden("access.denied");
        }
        return user;
    }

    private static UUID uuid(String field, String text) {
        return parse(field, text, UUID::fromString);
    }

    private static LocalDate date(String field, String text) {
        return parse(field, text, LocalDate::parse);
    }

    private static <T> T parse(String field, String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (RuntimeException e) {
            throw new Problem.Invalid(field, "validation.type", field);
        }
    }

    /** A record as the page shows it: 和暦 beside ISO, time of day in Japan. */
    record AuditRow(java.time.LocalDate date, String time, String username, String action, String resource, String resourceId,
                    String person, String outcome, String purpose) {
        static AuditRow of(AuditRecord r) {
            var at = r.occurredAt().atZone(JAPAN);
            return new AuditRow(at.toLocalDate(), TIME.format(at), r.username(), r.action(),
                    r.resource(), r.resourceId(), r.subjectPersonId(), r.outcome(), r.purpose());
        }
    }

}
