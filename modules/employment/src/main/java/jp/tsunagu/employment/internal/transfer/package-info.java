/**
 * 給与振込: each employed user's bank account and the office's 振込依頼人, kept as the 全銀 file carries them (checked by
 * the platform's {@code jp.tsunagu.web.zengin} rules before anything is stored), and the 給与振込 file (種別コード 11) of
 * a closed payroll's net pay. A feature package: entities, repositories, service and controller together, the
 * repositories and controller package-private.
 */
package jp.tsunagu.employment.internal.transfer;
