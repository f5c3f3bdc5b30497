package jp.tsunagu.web;

/**
 * Marks a controller that renders pages with the shared layout: its models get the header's attributes (the
 * user and tenant, today in 和暦 beside ISO, the admin links). Business modules' page controllers implement it.
 */
public interface PageController {

    /** Whether the user holds a privilege (a declared one: a test checks every name a page passes here). */
    default boolean can(org.springframework.security.core.Authentication auth, String privilege) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> privilege.equals(a.getAuthority()));
    }
}
