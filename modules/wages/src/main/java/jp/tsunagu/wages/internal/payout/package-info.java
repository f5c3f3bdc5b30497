/**
 * Paying 工賃 out: each user's payment method by effective month (a bank account, kept as the 全銀 file carries it, or
 * cash), the office's 振込依頼人 settings, and for a closed month the summary of who is paid how, the 総合振込 file and
 * the cash receipts (受領書) signed on the tablet or on paper. A feature package: entities, repositories, services and
 * controllers together, the repositories and controllers package-private.
 */
package jp.tsunagu.wages.internal.payout;
