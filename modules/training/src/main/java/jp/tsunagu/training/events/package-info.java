/** What the training module announces to other modules. */
@org.springframework.modulith.NamedInterface("events")
package jp.tsunagu.training.events;
