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

    RulesController(RuleCatalog catalog, RuleUploads uploads, Clock clock) {
        this.catalog = catalog;
        this.uploads = uploads;
        this.clock = clock;
    }

    @GetMapping
    List<TableView> tables() {
        LocalDate today = LocalDate.now(clock);
        return catalog.tables().stream().map(t -> new TableView(t, catalog.versions(t).stream()
                .map(v -> VersionView.of(v, today)).toList())).toList();
    }

    @GetMapping("/{table}")
    InForce inForce(@PathVariable String table, @RequestParam(required = false) LocalDate date) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        try {
            var view = catalog.on(on);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (RuleRow r : view.rows(table)) {
                Map<String, Object> row = new LinkedHashMap<>(r.values());
                row.put("rowEffectiveFrom", r.rowEffectiveFrom());
                row.put("versionEffectiveFrom", r.version().effectiveFrom());
                rows.add(row);
            }
            return new InForce(table, on, VersionView.of(view.version(table), LocalDate.now(clock)), rows);
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
            String message = refused.getMessage();
            String field = message.split(": ", 3).length == 3 ? message.split(": ", 3)[1] : "file";
            throw new Problem.Invalid(field, "rules.upload", message);
        }
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

    record TableView(String table, List<VersionView> versions) {
    }

    /** A version; {@code scheduled} when it starts after today (visible before it takes effect). */
    record VersionView(String table, LocalDate effectiveFrom, String source, String note, LocalDate loaded, boolean scheduled) {
        static VersionView of(RuleVersion v, LocalDate today) {
            return new VersionView(v.table(), v.effectiveFrom(), v.source(), v.note(), v.loaded(), v.effectiveFrom().isAfter(today));
        }
    }

    record InForce(String table, LocalDate date, VersionView version, List<Map<String, Object>> rows) {
    }

    record Change(String key, String column, Object before, Object after) {
    }

    record Diff(String table, LocalDate from, LocalDate to, List<String> added, List<String> removed, List<Change> changed) {
    }
}
