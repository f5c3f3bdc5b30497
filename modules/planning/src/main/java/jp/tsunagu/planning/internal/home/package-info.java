/**
 * The planning module's tiles on the first screen after login: monitorings overdue and due within 30 days at the
 * chosen office, each person with the date, linking to the monitoring page.
 */
package jp.tsunagu.planning.internal.home;
