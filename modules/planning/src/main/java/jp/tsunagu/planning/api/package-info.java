/** Queries other modules may ask of planning (a small facade). */
@org.springframework.modulith.NamedInterface("api")
package jp.tsunagu.planning.api;
