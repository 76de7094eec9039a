package cn.enforcement.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.events.personnel.CredentialSnapshot;
import cn.enforcement.platform.testing.DemoRealm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml and the event records must describe the same events with the same fields. */
class EventCatalogDocumentTest {

    private static String document;

    @BeforeAll
    static void read() throws IOException {
        document = Files.readString(DemoRealm.repositoryRoot().resolve("docs/asyncapi.yaml"));
    }

    /** The message block of one event: from its name line up to the next message's name. */
    private static String messageOf(String typeName) {
        int start = document.indexOf("name: " + typeName);
        assertThat(start).as("%s is documented", typeName).isNotNegative();
        int next = document.indexOf("\n      name: ", start + 1);
        return document.substring(start, next < 0 ? document.length() : next);
    }

    @Test
    void theDocumentIsValidYamlWithAMessageForEveryEvent() throws IOException {
        JsonNode parsed = new ObjectMapper(new YAMLFactory()).readTree(document);
        assertThat(parsed.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(parsed.path("components").path("messages").size()).isEqualTo(EventCatalog.all().size());
    }

    @Test
    void everyEventInTheCatalogueIsDocumentedWithEveryField() {
        for (EventType type : EventCatalog.all()) {
            String message = messageOf(type.typeName());
            for (RecordComponent field : type.payload().getRecordComponents()) {
                assertThat(message).as("%s documents %s", type.typeName(), field.getName())
                        .contains(" " + field.getName() + ": ");
            }
        }
    }

    @Test
    void theCredentialSnapshotIsDocumentedWithEveryField() {
        int start = document.indexOf("    CredentialSnapshot:");
        String schema = document.substring(start, document.indexOf("  messages:", start));
        for (RecordComponent field : CredentialSnapshot.class.getRecordComponents()) {
            assertThat(schema).as("CredentialSnapshot documents %s", field.getName()).contains(" " + field.getName() + ": ");
        }
    }

    @Test
    void theDocumentNamesNoEventTheCodeDoesNotHave() {
        Matcher names = Pattern.compile("name: (enforcement\\.[a-z]+\\.[A-Za-z]+\\.v\\d+)").matcher(document);
        Set<String> documented = names.results().map(m -> m.group(1)).collect(Collectors.toSet());
        Set<String> inCode = EventCatalog.all().stream().map(EventType::typeName).collect(Collectors.toSet());
        assertThat(documented).isEqualTo(inCode);
    }

    @Test
    void everyDocumentedChannelIsAProducersTopic() {
        for (Producer producer : Set.of(Producer.PERSONNEL, Producer.CASE, Producer.EVIDENCE, Producer.REVIEW)) {
            assertThat(document).contains("address: " + producer.topic());
        }
    }
}
