/** Queries other modules may ask of the workspace module. */
@org.springframework.modulith.NamedInterface("api")
package jp.tsunagu.workspace.api;
