package jp.tsunagu.training.internal.practicum;

/** A free text as stored: stripped, a blank one as null. */
final class Texts {
    private Texts() {
    }

    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
