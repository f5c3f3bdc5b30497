/** What happened in planning, for other modules to listen to; every event carries tenant, office and person. */
@org.springframework.modulith.NamedInterface("events")
package jp.tsunagu.planning.events;
