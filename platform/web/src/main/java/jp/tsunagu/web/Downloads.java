package jp.tsunagu.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP answers that carry a document, for every module's API and pages alike: what it is, and the name to save it under. */
public final class Downloads {
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /** A PDF the browser shows (and prints) in place. */
    public static ResponseEntity<byte[]> pdf(byte[] pdf, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, named(ContentDisposition.inline(), filename))
                .body(pdf);
    }

    /** A CSV file to save, sent in UTF-8 (the text starts with its byte order mark for Excel). */
    public static ResponseEntity<String> csv(String csv, String filename) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, named(ContentDisposition.attachment(), filename))
                .body(csv);
    }

    /** An Excel workbook (.xlsx) to save. */
    public static ResponseEntity<byte[]> xlsx(byte[] workbook, String filename) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, named(ContentDisposition.attachment(), filename))
                .body(workbook);
    }

    /**
     * A file to save as it is ({@code application/octet-stream}): bytes another system reads, such as a bank's transfer
     * file, which no browser should show or convert.
     */
    public static ResponseEntity<byte[]> file(byte[] bytes, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, named(ContentDisposition.attachment(), filename))
                .body(bytes);
    }

    /** The disposition with the name (UTF-8, so a Japanese name survives). */
    private static String named(ContentDisposition.Builder disposition, String filename) {
        return disposition.filename(filename, StandardCharsets.UTF_8).build().toString();
    }
}
