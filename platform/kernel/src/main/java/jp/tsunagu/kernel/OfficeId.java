package jp.tsunagu.kernel;

import java.util.Objects;
import java.util.UUID;

/** The identifier of an office (事業所) inside its tenant. */
public record OfficeId(UUID value) {
    public OfficeId {
        Objects.requireNonNull(value, "office id");
    }

    public static OfficeId of(String text) {
        return new OfficeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
