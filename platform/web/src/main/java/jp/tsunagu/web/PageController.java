package jp.tsunagu.web;

/**
 * Marks a controller that renders pages with the shared layout: its models get the header's attributes (the
 * user and tenant, today in 和暦 beside ISO, the admin links). Business modules' page controllers implement it.
 */
public interface PageController {
}
