package jp.tsunagu.planning.api;

import java.util.Objects;
import java.util.UUID;

/** The identifier of a usage contract (利用契約) between a person and an office. */
public record ContractId(UUID value) {
    public ContractId {
        Objects.requireNonNull(value, "contract id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
