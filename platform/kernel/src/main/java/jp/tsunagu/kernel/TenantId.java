package jp.tsunagu.kernel;

import java.util.Objects;
import java.util.UUID;

/** The identifier of a tenant (a corporation 法人 or a municipality 市町村). Never empty. */
public record TenantId(UUID value) {
    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId of(String text) {
        return new TenantId(UUID.fromString(text));
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
