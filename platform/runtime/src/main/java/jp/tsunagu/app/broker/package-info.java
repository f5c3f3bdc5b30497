/**
 * Events that other systems may consume ({@link jp.tsunagu.kernel.OutboundEvent}) leave through Kafka, as a listener
 * of the event publication registry: completed once the broker acknowledged. See {@code infra/kafka.md} for the
 * topics and the record's contract.
 */
package jp.tsunagu.app.broker;
