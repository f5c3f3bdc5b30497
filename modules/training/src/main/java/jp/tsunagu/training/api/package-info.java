/** Queries other modules (claims, sharing, planning's checks) may ask of the training module. */
@org.springframework.modulith.NamedInterface("api")
package jp.tsunagu.training.api;
