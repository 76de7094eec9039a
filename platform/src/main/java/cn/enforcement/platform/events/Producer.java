package cn.enforcement.platform.events;

/** The services that publish domain events, each on its own topic. */
public enum Producer {
    CASE("case"),
    EVIDENCE("evidence"),
    REVIEW("review"),
    DISCLOSURE("disclosure"),
    PERSONNEL("personnel");

    private final String key;

    Producer(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The topic this service publishes on, e.g. {@code enforcement.case.v1}. */
    public String topic() {
        return "enforcement." + key + ".v1";
    }

    /** Where this service, as a consumer, parks messages it cannot process. */
    public String deadLetterTopic() {
        return "enforcement.deadletter." + key;
    }

    /** The CloudEvents {@code source} attribute of this service's events. */
    public String source() {
        return "/enforcement/" + key + "-service";
    }
}
