/** What happened in the workspace module, for other modules; events carry tenant, office and person. */
@org.springframework.modulith.NamedInterface("events")
package jp.tsunagu.workspace.events;
