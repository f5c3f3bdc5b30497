/**
 * The workspace module's tile on the first screen after login: today's attendance at the chosen office (expected,
 * present, not yet arrived, absent) and who has not arrived, linking to the board.
 */
package jp.tsunagu.workspace.internal.home;
