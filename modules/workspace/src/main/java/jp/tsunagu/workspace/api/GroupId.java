package jp.tsunagu.workspace.api;

import java.util.Objects;
import java.util.UUID;

/** The identifier of a work group (作業グループ) of an office. */
public record GroupId(UUID value) {
    public GroupId {
        Objects.requireNonNull(value, "group id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
