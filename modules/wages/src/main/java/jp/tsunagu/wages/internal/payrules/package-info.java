/** 工賃規程: the office's pay rules, one version per effective month, with their guard rails. */
package jp.tsunagu.wages.internal.payrules;
