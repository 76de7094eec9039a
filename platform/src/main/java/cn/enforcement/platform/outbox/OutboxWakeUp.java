package cn.enforcement.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Wakes the relay when an event commits: listens on the channel the outbox table's trigger notifies
 * ({@code outbox_committed}), on a connection of its own outside the pool, so an event reaches Kafka in
 * milliseconds instead of at the next poll. When the connection is lost it reconnects; meanwhile the poll
 * relays, so a lost notification only costs latency.
 */
@ApplicationScoped
public class OutboxWakeUp {

    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);
    static final String CHANNEL = "outbox_committed";
    private static final int WAIT_MILLIS = 10_000;

    private final OutboxRelay relay;
    private final String url;
    private final String username;
    private final String password;
    private final Duration reconnectDelay;
    private volatile boolean running;
    private volatile Connection listening;
    private Thread listener;

    OutboxWakeUp(OutboxRelay relay,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            @ConfigProperty(name = "enforcement.outbox.wake-up-reconnect", defaultValue = "PT2S") Duration reconnectDelay) {
        this.relay = relay;
        this.url = url;
        this.username = username;
        this.password = password;
        this.reconnectDelay = reconnectDelay;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        listener = new Thread(this::listen, "outbox-wake-up");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        closeQuietly(listening);
        if (listener != null) {
            listener.join(WAIT_MILLIS);
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect()) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                relay.relayPending();
                while (running) {
                    PGNotification[] committed = notifications.getNotifications(WAIT_MILLIS);
                    if (committed != null && committed.length > 0) {
                        relay.relayPending();
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                if (running) {
                    LOG.warnf("outbox wake-up: listening connection lost (%s); the poll relays until it is back",
                            lost.getMessage());
                    pause();
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", username);
        credentials.setProperty("password", password);
        return new Driver().connect(url, credentials);
    }

    private void pause() {
        try {
            Thread.sleep(reconnectDelay.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing to stop the listener: nothing more to do with it
        }
    }
}
