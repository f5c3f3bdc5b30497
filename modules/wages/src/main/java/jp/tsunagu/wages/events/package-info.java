/** What happened in the wages module, for other modules; events carry tenant, office and Yen. */
@org.springframework.modulith.NamedInterface("events")
package jp.tsunagu.wages.events;
