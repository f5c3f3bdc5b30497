package jp.tsunagu.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Searching the current tenant's audit trail by person, user and period (at most one year; by default the
 * last 30 days). Every search and export is itself recorded.
 */
public interface AuditSearch {
    int MAX_EXPORT_ROWS = 10_000;

    /** The newest matching records first, at most {@code limit} (1 to 1,000). */
    Result search(UUID person, String user, LocalDate from, LocalDate to, int limit);

    /** All matching records (at most {@link #MAX_EXPORT_ROWS}) for a CSV export, recorded as an export. */
    Result export(UUID person, String user, LocalDate from, LocalDate to);

    /** The records with the period actually searched. */
    record Result(LocalDate from, LocalDate to, List<AuditRecord> records) {
    }

    /** Writes records as CSV that Excel opens correctly (UTF-8 with byte-order mark, CRLF, no formula injection). */
    static void writeCsv(List<AuditRecord> records, Writer out) throws IOException {
        out.write('\uFEFF');
        out.write("seq,occurred_at,username,office_id,subject_person_id,action,resource,resource_id,request_id,outcome,purpose,details,hash\r\n");
        for (AuditRecord r : records) {
            out.write(String.join(",", String.valueOf(r.seq()), csv(r.occurredAt().toString()), csv(r.username()),
                    csv(r.officeId()), csv(r.subjectPersonId()), csv(r.action()), csv(r.resource()), csv(r.resourceId()),
                    csv(r.requestId()), csv(r.outcome()), csv(r.purpose()), csv(r.details()), csv(r.hash())) + "\r\n");
        }
        out.flush();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
