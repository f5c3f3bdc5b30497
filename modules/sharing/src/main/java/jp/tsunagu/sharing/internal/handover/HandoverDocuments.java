package jp.tsunagu.sharing.internal.handover;

import tools.jackson.databind.json.JsonMapper;

/** A handover as the JSON that travels in a snapshot, and back. */
public final class HandoverDocuments {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HandoverDocuments() {
    }

    public static String write(HandoverContent content) {
        return JSON.writeValueAsString(content);
    }

    public static HandoverContent parse(String json) {
        return JSON.readValue(json, HandoverContent.class);
    }

    /**
     * The document, or null when it no longer reads (a value this version does not know): the snapshot's lines still
     * show, only the drawing and the print are missing.
     */
    public static HandoverContent parseOrNull(String json) {
        try {
            return parse(json);
        } catch (tools.jackson.core.JacksonException unreadable) {
            return null;
        }
    }
}
