package jp.tsunagu.kernel;

import java.util.Base64;

/**
 * A signature drawn on the tablet (署名), as the page's canvas hands it over: a PNG data URL
 * ({@code data:image/png;base64,…}) whose bytes really are a PNG, since documents print it. At most
 * {@link #MAX_LENGTH} characters, as the tables that keep one allow (a signature pad of 600 × 180 pixels gives
 * about 10–30 kB).
 */
public final class DrawnSignature {
    /** The longest data URL kept (characters; the tables' check constraints say the same). */
    public static final int MAX_LENGTH = 200_000;
    private static final String PREFIX = "data:image/png;base64,";

    private DrawnSignature() {
    }

    /** Whether {@code dataUrl} is a PNG data URL of at most {@link #MAX_LENGTH} characters whose bytes start as a PNG. */
    public static boolean isPng(String dataUrl) {
        if (dataUrl == null || dataUrl.length() > MAX_LENGTH || !dataUrl.startsWith(PREFIX)) {
            return false;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(dataUrl.substring(PREFIX.length()));
            return bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
