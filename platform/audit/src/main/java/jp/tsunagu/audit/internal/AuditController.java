package jp.tsunagu.audit.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.audit.AuditRecord;
import jp.tsunagu.audit.AuditSearch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors and tenant admins: by person, user and period, as JSON or a CSV export. */
@jp.tsunagu.kernel.PersonalData
@RestController
@RequestMapping("/api/v1/audit-records")
@PreAuthorize("hasAuthority('audit:trail.read')")
class AuditController {
    private final AuditSearch search;

    AuditController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping
    List<AuditRecord> search(@RequestParam(required = false) UUID person, @RequestParam(required = false) String user,
                             @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                             @RequestParam(defaultValue = "200") int limit) {
        return search.search(person, user, from, to, limit).records();
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) UUID person, @RequestParam(required = false) String user,
                @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                HttpServletResponse response) throws IOException {
        AuditSearch.Result result = search.export(person, user, from, to);
        response.setContentType("text/csv; charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + result.from() + "-" + result.to() + ".csv\"");
        AuditSearch.writeCsv(result.records(), response.getWriter());
    }
}
