package cn.enforcement.platform.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements the service prepares through Hibernate (entities, queries and native
 * statements alike), split by whether an HTTP request ran them or background work (the outbox relay,
 * event consumers, jobs), as {@code enforcement_sql_statements_total}: divided by the requests of an act
 * it tells how many statements the act costs. The statement itself passes unchanged.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    private final CurrentVertxRequest request;
    private final Counter inRequests;
    private final Counter inBackground;

    StatementCounter(MeterRegistry metrics, CurrentVertxRequest request) {
        this.request = request;
        this.inRequests = counter(metrics, "http");
        this.inBackground = counter(metrics, "background");
    }

    private static Counter counter(MeterRegistry metrics, String origin) {
        return Counter.builder("enforcement.sql.statements").tag("origin", origin)
                .description("SQL statements prepared through Hibernate, by whether a request or background work ran them")
                .register(metrics);
    }

    @Override
    public String inspect(String sql) {
        boolean inHttpRequest = Arc.container().requestContext().isActive() && request.getCurrent() != null;
        (inHttpRequest ? inRequests : inBackground).increment();
        return sql;
    }
}
