package jp.tsunagu.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.identity.CurrentUser;
import jp.tsunagu.kernel.JapaneseDates;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRevisions;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleVersion;
import jp.tsunagu.rules.Rules;
import jp.tsunagu.rules.TableRevision;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rules in force (for every member: which figure applies on a date, and where it comes from) and, for
 * operators, the upload of a new version.
 */
@ConditionalOnWebApplication
@Controller
class RulesPageController implements jp.tsunagu.web.PageController {

    private final Rules rules;
    private final RuleRevisions revisions;
    private final MessageSource messages;
    private final Clock clock;

    RulesPageController(Rules rules, RuleRevisions revisions, MessageSource messages, Clock clock) {
        this.rules = rules;
        this.revisions = revisions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/rules")
    String rules(@RequestParam(required = false) String table, @RequestParam(required = false) String date, Model model,
                 Locale locale) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new Problem.Forbidden("access.denied"));
        LocalDate today = LocalDate.now(clock);
        LocalDate on = today;
        try {
            on = date == null || date.isBlank() ? today : LocalDate.parse(date);
        } catch (RuntimeException e) {
            model.addAttribute("error", messages.getMessage("validation.type", new Object[] {"date"}, locale));
        }
        model.addAttribute("canUpload", user.can("rules:version.upload"));
        model.addAttribute("date", on);
        List<TableRow> tables = new ArrayList<>();
        List<String> due = new ArrayList<>();
        for (String t : rules.tables()) {
            List<VersionRow> versions = new ArrayList<>();
            for (RuleVersion v : rules.versions(t)) {
                versions.add(new VersionRow(v.effectiveFrom(), v.source(), v.note(), v.effectiveFrom().isAfter(today)));
            }
            TableRevision revision = rules.revision(t);
            if (revision.dueOn(today)) {
                due.add(messages.getMessage("rules.due", revision.messageArguments(locale), locale));
            }
            tables.add(new TableRow(t, revision.title(locale), versions, revision.schedule().every().name(),
                    revision.due(), revision.dueOn(today)));
        }
        model.addAttribute("tables", tables);
        model.addAttribute("dueWarnings", due);
        String selected = table == null || !rules.tables().contains(table) ? "minimum-wage" : table;
        model.addAttribute("table", selected);
        try {
            var view = rules.on(on);
            RuleVersion version = view.version(selected);
            model.addAttribute("version", new VersionRow(version.effectiveFrom(), version.source(),
                    version.note(), false));
            List<Map<String, Object>> rows = new ArrayList<>();
            String sourceColumn = messages.getMessage("ui.rules.rowSource", null, locale);
            String fromColumn = messages.getMessage("ui.rules.rowFrom", null, locale);
            boolean rowSources = false;
            for (RuleRow r : view.rows(selected)) {
                Map<String, Object> row = new LinkedHashMap<>(r.values());
                row.put(fromColumn, r.rowEffectiveFrom());
                if (r.rowSource() != null) {
                    rowSources = true;
                    row.put(sourceColumn, r.rowNote() == null ? r.rowSource() : r.rowSource() + " (" + r.rowNote() + ")");
                }
                rows.add(row);
            }
            model.addAttribute("rows", rows);
            List<String> columns = new ArrayList<>(rules.columnNames(selected));
            columns.add(fromColumn);
            if (rowSources) {
                columns.add(sourceColumn);
            }
            model.addAttribute("columns", columns);
            TableRevision revision = rules.revision(selected);
            if (revision.dueOn(on) && !revision.dueOn(today)) {
                model.addAttribute("outdated", messages.getMessage("rules.due", revision.messageArguments(locale), locale));
            }
        } catch (RuleNotFound e) {
            model.addAttribute("error", messages.getMessage("rules.notFound", new Object[] {e.getMessage()}, locale));
            model.addAttribute("rows", List.of());
            model.addAttribute("columns", List.of());
        }
        return "rules";
    }

    /** A new table (YAML), for operators: validated completely; refused naming file, line and field. */
    @PostMapping("/rules/tables")
    String uploadTable(@RequestParam(required = false) MultipartFile upload, @RequestParam(defaultValue = "") String file,
                       @RequestParam(defaultValue = "") String content, RedirectAttributes redirect, Locale locale) throws java.io.IOException {
        return operatorUpload(upload, file, content, "table.yaml", redirect, locale, (name, text, username) -> {
            String table = revisions.uploadTable(name, text, username);
            redirect.addAttribute("table", table);
            return messages.getMessage("ui.rules.tableUploaded", new Object[] {table}, locale);
        });
    }

    /** A new version of a known table (YAML or CSV), for operators. */
    @PostMapping("/rules/versions")
    String upload(@RequestParam(required = false) MultipartFile upload, @RequestParam(defaultValue = "") String file,
                  @RequestParam(defaultValue = "") String content, RedirectAttributes redirect, Locale locale) throws java.io.IOException {
        return operatorUpload(upload, file, content, "upload.yaml", redirect, locale, (name, text, username) -> {
            RuleVersion v = revisions.upload(name, text, username);
            redirect.addAttribute("table", v.table());
            return messages.getMessage("ui.rules.uploaded", new Object[] {v.table(), JapaneseDates.withIso(v.effectiveFrom())}, locale);
        });
    }

    @FunctionalInterface
    private interface Upload {
        /** Stores the upload and returns the message shown to the operator. */
        String store(String name, String text, String username);
    }

    /** What both uploads share: the privilege, the file or the pasted text, the refusal shown as a flash error. */
    private String operatorUpload(MultipartFile upload, String file, String content, String defaultName,
                                  RedirectAttributes redirect, Locale locale, Upload store) throws java.io.IOException {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new Problem.Forbidden("access.denied"));
        if (!user.can("rules:version.upload")) {
            throw new Problem.Forbidden("access.denied");
        }
        boolean chosen = upload != null && !upload.isEmpty();
        String name = chosen && upload.getOriginalFilename() != null ? upload.getOriginalFilename()
                : file.isBlank() ? defaultName : file.strip();
        String text = chosen ? new String(upload.getBytes(), java.nio.charset.StandardCharsets.UTF_8) : content;
        if (text.isBlank()) {
            redirect.addFlashAttribute("error", messages.getMessage("ui.rules.empty", null, locale));
            return "redirect:/rules";
        }
        try {
            redirect.addFlashAttribute("message", store.store(name, text, user.username()));
        } catch (RuleRevisions.Refused refused) {
            redirect.addFlashAttribute("error", messages.getMessage("rules.upload", new Object[] {refused.getMessage()}, locale));
        }
        return "redirect:/rules";
    }

    record TableRow(String id, String title, List<VersionRow> versions, String every, LocalDate due, boolean dueNow) {
    }

    record VersionRow(LocalDate from, String source, String note, boolean scheduled) {
    }
}
