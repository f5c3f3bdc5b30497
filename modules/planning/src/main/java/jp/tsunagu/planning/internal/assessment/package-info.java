/**
 * Assessments (アセスメント): the interview before a plan, its sheet, and the test results only managers see. A
 * feature package: the entity, its repository, the service and the controller together, the repository and the
 * controller package-private. The pages (in {@code internal.web} until they are split by screen family) read
 * through the service.
 */
package jp.tsunagu.planning.internal.assessment;
