/**
 * The production activity ledger (生産活動の収支): an office's activities, their revenue and expense entries by
 * voucher and month, and the month's summary and pool of 工賃. A feature package: the entities, their repositories,
 * the service and the controller together, the repositories and the controller package-private.
 */
package jp.tsunagu.wages.internal.ledger;
