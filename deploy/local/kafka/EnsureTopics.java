import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the platform's topics that do not exist yet, in one JVM start.
 * Arguments: bootstrap servers, then name:partitions pairs.
 */
public class EnsureTopics {
    public static void main(String[] args) throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String[] topic = args[i].split(":");
                if (!existing.contains(topic[0])) {
                    missing.add(new NewTopic(topic[0], Integer.parseInt(topic[1]), (short) 1));
                }
            }
            admin.createTopics(missing).all().get();
            System.out.println("topics: " + (args.length - 1) + " wanted, " + missing.size() + " created");
        }
    }
}
