package jp.tsunagu.rules.internal;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.rules.RuleNotFound;
import jp.tsunagu.rules.RuleRow;
import jp.tsunagu.rules.RuleVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule tables: every member may read what is in force on a date, with sources; operators upload new
 * versions (YAML) that take effect on their date without a release.
 */
@RestController
@RequestMapping("/api/v1/rules")
class RulesController {
    private final RuleCatalog catalog;
    private final RuleUploads uploads;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    RulesController(RuleCatalog catalog, RuleUploads uploads, Clock clock, org.springframework.context.MessageSource messages) {
        this.catalog = catalog;
        this.uploads = uploads;
        this.clock = clock;
        this.messages = messages;
    }

    /** Every table with its versions and where it stands against its revision schedule today. */
    @GetMapping
    List<TableView> tables(java.util.Locale locale) {
        LocalDate today = LocalDate.now(clock);
        return catalog.tables().stream().map(t -> new TableView(t, catalog.versions(t).stream()
                .map(v -> VersionView.of(v, today)).toList(), RevisionView.of(catalog.revision(t), today, today, messages, locale))).toList();
    }

    /**
     * A new table (YAML with table, title, key, columns, revision and versions). Refused with 400 naming file,
     * line and field, also when its next version would already be due; nothing is stored then.
     */
    @PostMapping(consumes = {"application/yaml", "text/yaml", "text/plain"})
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('rules:version.upload')")
    TableView uploadTable(@RequestParam(required = false) String file, @RequestBody String content, Principal user,
                          java.util.Locale locale) {
        String name = file == null || file.isBlank() ? "table.yaml" : file.strip();
        try {
            String table = uploads.uploadTable(name, content, user.getName());
            LocalDate today = LocalDate.now(clock);
            return new TableView(table, catalog.versions(table).stream().map(v -> VersionView.of(v, today)).toList(),
                    RevisionView.of(catalog.revision(table), today, today, messages, locale));
        } catch (jp.tsunagu.rules.RuleRevisions.Refused refused) {
            throw invalid(refused);
        }
    }

    @GetMapping("/{table}")
    InForce inForce(@PathVariable String table, @RequestParam(required = false) LocalDate date, java.util.Locale locale) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = date == null ? today : date;
        try {
            var view = catalog.on(on);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (RuleRow r : view.rows(table)) {
                Map<String, Object> row = new LinkedHashMap<>(r.values());
                row.put("rowEffectiveFrom", r.rowEffectiveFrom());
                if (r.rowSource() != null) {
                    row.put("rowSource", r.rowSource());
                }
                if (r.rowNote() != null) {
                    row.put("rowNote", r.rowNote());
                }
                row.put("versionEffectiveFrom", r.version().effectiveFrom());
                rows.add(row);
            }
            return new InForce(table, on, VersionView.of(view.version(table), today), rows,
                    RevisionView.of(catalog.revision(table), today, on, messages, locale));
        } catch (RuleNotFound e) {
            throw new Problem.NotFound("rules.notFound", e.getMessage());
        }
    }

    /** What changed between the rows in force on two dates: keys added, removed, and changed values. */
    @GetMapping("/{table}/diff")
    Diff diff(@PathVariable String table, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        try {
            Map<String, Map<String, Object>> before = byKey(table, from);
            Map<String, Map<String, Object>> after = byKey(table, to);
            List<String> added = after.keySet().stream().filter(k -> !before.containsKey(k)).toList();
            List<String> removed = before.keySet().stream().filter(k -> !after.containsKey(k)).toList();
            List<Change> changed = new ArrayList<>();
            for (var e : after.entrySet()) {
                Map<String, Object> old = before.get(e.getKey());
                if (old == null) {
                    continue;
                }
                for (var v : e.getValue().entrySet()) {
                    Object was = old.get(v.getKey());
                    if (!Objects.equals(normal(was), normal(v.getValue()))) {
                        changed.add(new Change(e.getKey(), v.getKey(), was, v.getValue()));
                    }
                }
            }
            return new Diff(table, from, to, added, removed, changed);
        } catch (RuleNotFound e) {
            throw new Problem.NotFound("rules.notFound", e.getMessage());
        }
    }

    /**
     * A new version as YAML or as CSV ({@code text/csv}, named {@code *.csv}: metadata lines, a header, rows).
     * Refused with 400 naming file, line and field; nothing is stored then.
     */
    @PostMapping(path = "/{table}/versions", consumes = {"application/yaml", "text/yaml", "text/csv", "text/plain"})
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('rules:version.upload')")
    VersionView upload(@PathVariable String table, @RequestParam(required = false) String file,
                       @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, @RequestBody String content, Principal user) {
        if (!catalog.tables().contains(table)) {
            throw new Problem.NotFound("rules.notFound", "rule table " + table);
        }
        boolean csv = MediaType.valueOf("text/csv").includes(type);
        String name = file == null || file.isBlank() ? (csv ? "upload.csv" : "upload.yaml") : file.strip();
        if (csv != VersionUpload.isCsv(name)) {
            throw new Problem.Invalid("file", "rules.csvName", name);
        }
        String declared = VersionUpload.declaredTable(name, content);
        if (declared != null && !table.equals(declared)) {
            throw new Problem.Invalid("table", "rules.tableMismatch", name, declared, table);
        }
        try {
            return VersionView.of(uploads.upload(name, content, user.getName()), LocalDate.now(clock));
        } catch (jp.tsunagu.rules.RuleRevisions.Refused refused) {
            throw invalid(refused);
        }
    }

    /** A refusal as 400 naming the field of "file:line: field: why". */
    private static Problem.Invalid invalid(jp.tsunagu.rules.RuleRevisions.Refused refused) {
        String message = refused.getMessage();
        String field = message.split(": ", 3).length == 3 ? message.split(": ", 3)[1] : "file";
        return new Problem.Invalid(field, "rules.upload", message);
    }

    private Map<String, Map<String, Object>> byKey(String table, LocalDate date) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        var view = catalog.on(date);
        var keys = catalog.keyColumns(table);
        for (RuleRow r : view.rows(table)) {
            rows.put(keys.stream().map(k -> String.valueOf(r.value(k))).reduce((a, b) -> a + "/" + b).orElse(""), r.values());
        }
        return rows;
    }

    private static Object normal(Object v) {
        return v instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : v;
    }

    record TableView(String table, List<VersionView> versions, RevisionView revision) {
    }

    /**
     * Where a table stands against its revision schedule: how it is revised, its newest version's start, when the
     * next is due, whether it is due today ({@code dueNow}) and whether the date asked for is past the due date
     * ({@code possiblyOutdated}: the answer is the newest version, which may be outdated). {@code warning} says so
     * in the request's language, naming the table, the newest version's date and what is expected.
     */
    record RevisionView(String every, String note, LocalDate latest, LocalDate due, boolean dueNow, boolean possiblyOutdated,
                        String warning) {
        static RevisionView of(jp.tsunagu.rules.TableRevision r, LocalDate today, LocalDate on,
                               org.springframework.context.MessageSource messages, java.util.Locale locale) {
            boolean dueNow = r.dueOn(today);
            boolean outdated = r.dueOn(on);
            return new RevisionView(r.schedule().every().name(), r.schedule().note(), r.latest(), r.due(), dueNow, outdated,
                    dueNow || outdated ? messages.getMessage("rules.due", r.messageArguments(locale), locale) : null);
        }
    }

    /** A version; {@code scheduled} when it starts after today (visible before it takes effect). */
    record VersionView(String table, LocalDate effectiveFrom, String source, String note, LocalDate loaded, boolean scheduled) {
        static VersionView of(RuleVersion v, LocalDate today) {
            return new VersionView(v.table(), v.effectiveFrom(), v.source(), v.note(), v.loaded(), v.effectiveFrom().isAfter(today));
        }
    }

    record InForce(String table, LocalDate date, VersionView version, List<Map<String, Object>> rows, RevisionView revision) {
    }

    record Change(String key, String column, Object before, Object after) {
    }

    record Diff(String table, LocalDate from, LocalDate to, List<String> added, List<String> removed, List<Change> changed) {
    }
}
