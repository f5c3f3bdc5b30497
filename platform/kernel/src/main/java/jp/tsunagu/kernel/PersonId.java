package jp.tsunagu.kernel;

import java.util.Objects;
import java.util.UUID;

/** The identifier of a person (利用者) inside their tenant. */
public record PersonId(UUID value) {
    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    public static PersonId of(String text) {
        return new PersonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
