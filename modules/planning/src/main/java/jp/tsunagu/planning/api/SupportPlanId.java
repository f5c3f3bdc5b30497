package jp.tsunagu.planning.api;

import java.util.Objects;
import java.util.UUID;

/** The identifier of a support plan (個別支援計画), the same across its versions. */
public record SupportPlanId(UUID value) {
    public SupportPlanId {
        Objects.requireNonNull(value, "support plan id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
