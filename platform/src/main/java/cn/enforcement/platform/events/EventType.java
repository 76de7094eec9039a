package cn.enforcement.platform.events;

/** The identity of one kind of event: who produces it, its name and its schema version. */
public record EventType(Producer producer, String name, int version, Class<? extends DomainEvent> payload) {

    /** The CloudEvents {@code type}, e.g. {@code enforcement.personnel.CredentialIssued.v1}. */
    public String typeName() {
        return "enforcement." + producer.key() + "." + name + ".v" + version;
    }
}
