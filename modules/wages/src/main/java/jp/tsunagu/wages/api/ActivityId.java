package jp.tsunagu.wages.api;

import java.util.Objects;
import java.util.UUID;

/** The identifier of a production activity (生産活動の種目, e.g. 受託作業, カフェ) of an office. */
public record ActivityId(UUID value) {
    public ActivityId {
        Objects.requireNonNull(value, "activity id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
