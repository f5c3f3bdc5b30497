/** 工賃変動積立金 and 設備等整備積立金: the office's reserves, their balances and the 工賃 reserve's use by a run. */
package jp.tsunagu.wages.internal.reserves;
