package cn.enforcement.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.events.personnel.CredentialIssued;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void typeNamesFollowTheEnvelopeConvention() {
        assertThat(EventCatalog.of(CredentialIssued.class).typeName())
                .isEqualTo("enforcement.personnel.CredentialIssued.v1");
        assertThat(EventCatalog.all()).allSatisfy(type ->
                assertThat(type.typeName()).matches("enforcement\\.[a-z]+\\.[A-Z][A-Za-z]+\\.v\\d+"));
    }

    @Test
    void everyTypeNameAndPayloadIsUnique() {
        assertThat(EventCatalog.all()).extracting(EventType::typeName).doesNotHaveDuplicates();
        assertThat(EventCatalog.all()).extracting(EventType::payload).doesNotHaveDuplicates();
    }

    @Test
    void everyPayloadIsAnImmutableRecord() {
        assertThat(EventCatalog.all()).allSatisfy(type -> assertThat(type.payload().isRecord()).isTrue());
    }

    @Test
    void aTypeNameLooksUpItsPayload() {
        assertThat(EventCatalog.byTypeName("enforcement.personnel.CredentialIssued.v1"))
                .map(EventType::payload).contains(CredentialIssued.class);
        assertThat(EventCatalog.byTypeName("enforcement.personnel.Unknown.v1")).isEmpty();
    }

    @Test
    void eachProducerPublishesOnItsOwnTopic() {
        assertThat(Producer.CASE.topic()).isEqualTo("enforcement.case.v1");
        assertThat(Producer.PERSONNEL.deadLetterTopic()).isEqualTo("enforcement.deadletter.personnel");
    }
}
