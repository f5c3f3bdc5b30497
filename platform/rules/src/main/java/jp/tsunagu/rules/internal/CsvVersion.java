package jp.tsunagu.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.rules.RuleRevisions.Refused;

/**
 * A version uploaded as CSV (UTF-8, comma separated, RFC 4180 quoting): metadata first as {@code # name: value}
 * lines ({@code table}, {@code effectiveFrom}, {@code source}, {@code note}), then a header line naming the
 * columns (and {@code from} for a row starting later than its version), then one line per row. An empty field
 * is a value that is not configured.
 *
 * <pre>
 * # table: minimum-wage
 * # effectiveFrom: 2026-10-01
 * # source: 令和8年度地域別最低賃金改定状況 (MHLW)
 * prefecture,yenPerHour,from
 * GUNMA,1100,2026-10-04
 * </pre>
 *
 * It is read into the same shape as a YAML version, with the line of every field, so that errors name file,
 * line and field exactly as for YAML.
 */
final class CsvVersion {
    private static final List<String> METADATA = List.of("table", "effectiveFrom", "source", "note", "loaded");

    private CsvVersion() {
    }

    static Map<String, Object> read(String file, String content, RuleCatalog catalog, Map<String, Integer> lines) {
        Map<String, Object> doc = new LinkedHashMap<>();
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<Record> records = records(file, text);
        int i = 0;
        for (; i < records.size() && records.get(i).comment; i++) {
            Record r = records.get(i);
            String meta = String.join(",", r.fields).substring(1).strip();
            int colon = meta.indexOf(':');
            if (colon < 0) {
                continue; // a plain comment
            }
            String name = meta.substring(0, colon).strip();
            if (!METADATA.contains(name)) {
                throw new Refused(file + ":" + r.line + ": " + name + ": unknown metadata (expected one of " + METADATA + ")");
            }
            doc.put(name, meta.substring(colon + 1).strip());
            lines.put(name, r.line);
        }
        if (i == records.size()) {
            throw new Refused(file + ":" + (records.isEmpty() ? 1 : records.getLast().line + 1)
                    + ": (csv): a header line naming the columns is required after the # metadata");
        }
        Record header = records.get(i++);
        lines.put("rows", header.line);
        Object table = doc.get("table");
        Map<String, String> types = table != null && catalog != null && catalog.tables().contains(table.toString())
                ? catalog.columns(table.toString()) : Map.of();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 0; i < records.size(); i++, n++) {
            Record r = records.get(i);
            if (r.comment) {
                throw new Refused(file + ":" + r.line + ": (csv): metadata belongs before the header line");
            }
            if (r.fields.size() != header.fields.size()) {
                throw new Refused(file + ":" + r.line + ": rows[" + n + "]: " + r.fields.size() + " fields, but the header names "
                        + header.fields.size());
            }
            Map<String, Object> row = new LinkedHashMap<>();
            lines.put("rows[" + n + "]", r.line);
            for (int c = 0; c < header.fields.size(); c++) {
                String column = header.fields.get(c).strip();
                lines.put("rows[" + n + "]." + column, r.line);
                Object value = typed(types.get(column), r.fields.get(c).strip());
                if (value != null) {
                    row.put(column, value); // an empty field: not configured (for "from": the version's date)
                }
            }
            rows.add(row);
        }
        doc.put("rows", rows);
        return doc;
    }

    /** CSV text as YAML would type it for the column, so that one validator judges both. */
    private static Object typed(String type, String value) {
        if (value.isEmpty()) {
            return null;
        }
        if ("integer".equals(type) && value.matches("-?\\d+")) {
            return Long.valueOf(value);
        }
        if ("boolean".equals(type) && (value.equals("true") || value.equals("false"))) {
            return Boolean.valueOf(value);
        }
        return value;
    }

    private record Record(int line, List<String> fields, boolean comment) {
    }

    /** RFC 4180 records with the line each starts on; a quoted field may span lines. */
    private static List<Record> records(String file, String text) {
        List<Record> out = new ArrayList<>();
        int line = 1;
        int pos = 0;
        while (pos < text.length()) {
            int start = line;
            if (text.charAt(pos) == '\n' || text.startsWith("\r\n", pos)) {
                pos += text.charAt(pos) == '\r' ? 2 : 1;
                line++;
                continue; // a blank line
            }
            boolean comment = text.charAt(pos) == '#';
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (pos < text.length()) {
                char ch = text.charAt(pos);
                if (quoted) {
                    if (ch == '"' && pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                        field.append('"');
                        pos += 2;
                        continue;
                    }
                    if (ch == '"') {
                        quoted = false;
                    } else {
                        if (ch == '\n') {
                            line++;
                        }
                        field.append(ch);
                    }
                    pos++;
                    continue;
                }
                if (ch == '"' && field.isEmpty() && !wasQuoted && !comment) {
                    quoted = true;
                    wasQuoted = true;
                    pos++;
                } else if (ch == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                    pos++;
                } else if (ch == '\r' || ch == '\n') {
                    break;
                } else {
                    if (wasQuoted) {
                        throw new Refused(file + ":" + line + ": (csv): text after a closing quote");
                    }
                    field.append(ch);
                    pos++;
                }
            }
            if (quoted) {
                throw new Refused(file + ":" + start + ": (csv): a quoted field is not closed");
            }
            fields.add(field.toString());
            out.add(new Record(start, fields, comment));
            if (pos < text.length()) {
                pos += text.startsWith("\r\n", pos) ? 2 : 1;
                line++;
            }
        }
        return out;
    }
}
