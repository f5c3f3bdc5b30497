/**
 * The monthly run of 工賃: its preview (the same calculation, not stored) and its close (idempotent per office and month,
 * final in the database), and the answers other modules get through {@code api.WagesQueries}.
 */
package jp.tsunagu.wages.internal.run;
