package cn.enforcement.platform.events;

/**
 * A fact one service publishes for the others. Every event names the aggregate it happened to
 * (the Kafka key and the CloudEvents subject) and the agency and region it belongs to, so that
 * consumers can scope what they keep without calling back.
 */
public interface DomainEvent {

    String aggregateId();

    String agencyCode();

    String regionCode();
}
