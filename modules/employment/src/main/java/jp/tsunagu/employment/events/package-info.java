/** What the employment module announces to other modules. */
@org.springframework.modulith.NamedInterface("events")
package jp.tsunagu.employment.events;
