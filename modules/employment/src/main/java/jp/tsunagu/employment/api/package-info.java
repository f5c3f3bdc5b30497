/** Queries other modules (claims, sharing) may ask of the employment module. */
@org.springframework.modulith.NamedInterface("api")
package jp.tsunagu.employment.api;
