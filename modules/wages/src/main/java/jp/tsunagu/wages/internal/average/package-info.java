/**
 * The average monthly 工賃 (平均工賃月額) of an office per fiscal year from its closed months, the B型 base-reward tier it
 * sets for each service month of the next year under the office's reward profile, the ≥ 3,000 yen check, the history
 * over the years, and the office's target 工賃 (WG-1). The arithmetic is {@code internal.domain.AverageKouchin}.
 */
package jp.tsunagu.wages.internal.average;
