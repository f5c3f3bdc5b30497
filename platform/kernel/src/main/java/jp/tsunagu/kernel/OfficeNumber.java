package jp.tsunagu.kernel;

import java.util.regex.Pattern;

/** 事業所番号: the 10-digit number a prefecture assigns to a designated office. */
public record OfficeNumber(String value) {
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    public OfficeNumber {
        if (value == null || !TEN_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("an office number has exactly 10 digits: " + value);
        }
    }

    public static boolean isValid(String text) {
        return text != null && TEN_DIGITS.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
