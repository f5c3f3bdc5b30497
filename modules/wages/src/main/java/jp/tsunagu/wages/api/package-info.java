/** Queries other modules may ask of the wages module. */
@org.springframework.modulith.NamedInterface("api")
package jp.tsunagu.wages.api;
