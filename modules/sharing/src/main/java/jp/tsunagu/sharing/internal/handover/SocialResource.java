package jp.tsunagu.sharing.internal.handover;

/**
 * A social resource around the person: an agency, a service, a hospital, a friend… {@code kind} is free text such as
 * 医療, 福祉, 就労, 行政, 学校, インフォーマル; it and {@code note} may be null.
 */
public record SocialResource(String name, String kind, Tie tie, String note) {
    // name and tie are required: HandoverContent.validate names the field (a document is checked before it is kept or drawn)
}
