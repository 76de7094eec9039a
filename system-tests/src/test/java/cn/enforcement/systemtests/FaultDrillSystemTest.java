package cn.enforcement.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.enforcement.platform.testing.DemoRealm;
import cn.enforcement.platform.testing.KafkaRecords;
import cn.enforcement.platform.testing.TestIdentities;
import cn.enforcement.platform.time.BeijingTime;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fault drill. A second instance of every service (and a second gateway) joins the platform under test; officers
 * file summary cases (decided on the spot) and the head records them, through both gateways in turn, while one instance
 * of every service is killed with SIGKILL and started again, and while Kafka is stopped for 60 s. A command whose answer
 * is lost is sent again with its Idempotency-Key, as a client must. Afterwards every command answered 2xx has exactly
 * one effect and exactly one event of each kind, every outbox is empty, and the consumers applied each event once.
 */
@ExtendWith(PlatformUnderTest.class)
class FaultDrillSystemTest {

    private static final List<String> GATEWAYS = List.of("http://127.0.0.1:18080",
            "http://127.0.0.1:" + (18080 + PlatformUnderTest.REPLICA_OFFSET));
    private static final Duration KAFKA_OUTAGE = Duration.ofSeconds(60);
    /** How many commands the load has answered in each phase before the next fault. */
    private static final int COMMANDS_PER_PHASE = 40;
    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** One command and what became of it. */
    private static final class Command {
        final String kind;
        final String idempotencyKey = UUID.randomUUID().toString();
        String caseId;
        volatile boolean answered;
        boolean replayed;
        String refusal;

        Command(String kind) {
            this.kind = kind;
        }
    }

    /** Officers file and the head records, from two client threads, until told to stop. */
    private static final class Load {
        private final String drill;
        private final List<String> officers;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger turn = new AtomicInteger();
        private final AtomicInteger numbers = new AtomicInteger();
        private final ConcurrentLinkedQueue<Command> commands = new ConcurrentLinkedQueue<>();
        private final List<Thread> threads = new ArrayList<>();

        Load(String drill, List<String> officers) {
            this.drill = drill;
            this.officers = officers;
        }

        void start(int clients) {
            for (int i = 0; i < clients; i++) {
                Thread thread = new Thread(this::run, "drill-client-" + i);
                threads.add(thread);
                thread.start();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(Duration.ofMinutes(2).toMillis());
            }
        }

        private void run() {
            while (running.get()) {
                int number = numbers.incrementAndGet();
                Command filing = new Command("filing");
                commands.add(filing);
                String body = """
                        {"procedure":"SUMMARY","source":"INSPECTION","partyType":"INDIVIDUAL","partyName":"演练%s-%d","partyIdentifier":"%s",
                         "violationItems":["RA-01"],"occurredOn":"%s","harmedLifeHealthOrFinance":false,"place":"长春绕城高速治超站",
                         "facts":"故障演练中当场查处的超限运输","handlingCredentials":["%s","%s"],
                         "onTheSpotPenalty":{"kind":"WARNING"},"onTheSpotLegalBasis":"《公路安全保护条例》第六十四条"}"""
                        .formatted(drill, number, TestIdentities.newResidentIdNumber(), LocalDate.now(BeijingTime.ZONE),
                                officers.get(0), officers.get(1));
                String answer = send(filing, "cc-officer-1", "/api/v1/cases", body, 201);
                if (answer == null) {
                    continue;
                }
                Matcher id = CASE_ID.matcher(answer);
                if (!id.find()) {
                    filing.refusal = "no caseId in " + answer;
                    continue;
                }
                filing.caseId = id.group(1);
                Command approval = new Command("approval");
                approval.caseId = filing.caseId;
                commands.add(approval);
                send(approval, "cc-head", "/api/v1/cases/" + filing.caseId + "/filing-approval", null, 200);
            }
        }

        /**
         * Sends the command through the gateways in turn until it is answered: a lost answer (no connection, a 5xx, a
         * timeout) is followed by the same command with the same Idempotency-Key, for up to two minutes.
         */
        private String send(Command command, String user, String path, String body, int expected) {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (System.nanoTime() < deadline) {
                String gateway = GATEWAYS.get(Math.floorMod(turn.getAndIncrement(), GATEWAYS.size()));
                HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(20))
                        .header("Authorization", "Bearer " + DemoRealm.tokenOf(user)).header("Content-Type", "application/json")
                        .header("Idempotency-Key", command.idempotencyKey)
                        .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                        .build();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (response.statusCode() == expected) {
                        command.answered = true;
                        command.replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
                        return response.body();
                    }
                    if (response.statusCode() < 500 && response.statusCode() != 429) {
                        command.refusal = response.statusCode() + " " + response.body();
                        return null;
                    }
                } catch (IOException lostAnswer) {
                    // the instance or the gateway died under the request: send it again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                backOff();
            }
            return null;
        }

        long answered() {
            return commands.stream().filter(command -> command.answered).count();
        }

        /** A client's pause between attempts, so that a retry during a kill does not spin; not a wait for a state. */
        private static void backOff() {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void underKillsAndABrokerOutageEveryAnsweredCommandHasExactlyOneEffectAndOneEventDownstream() throws Exception {
        String drill = UUID.randomUUID().toString().substring(0, 8);
        List<String> officers = Gateway.demoOfficerCredentials("cc-officer-1", "cc-officer-2");
        List<Process> replicas = new ArrayList<>();
        List<String> killed = new ArrayList<>();
        Load load = new Load(drill, officers);
        try {
            killed.addAll(startReplicas(replicas));
            load.start(2);
            awaitAnswered(load, "before the kills");
            for (Process replica : replicas) {
                replica.destroyForcibly();
                replica.waitFor();
            }
            replicas.clear();
            startReplicas(replicas);
            awaitAnswered(load, "with the restarted instances");
            stack("down");
            long beforeOutage = load.answered();
            // the outage lasts its full length, and commands are answered during it
            await("commands answered while Kafka is down").pollDelay(KAFKA_OUTAGE).atMost(KAFKA_OUTAGE.plusMinutes(2))
                    .until(() -> load.answered() > beforeOutage + COMMANDS_PER_PHASE);
            stack("up");
            awaitAnswered(load, "after Kafka returned");
            load.stop();
            verify(drill, new ArrayList<>(load.commands), killed);
        } finally {
            load.stop();
            stack("up");
            replicas.forEach(Process::destroy);
        }
    }

    private static void verify(String drill, List<Command> commands, List<String> killed) {

        assertThat(commands.stream().filter(c -> c.refusal != null).map(c -> c.kind + ": " + c.refusal).toList())
                .as("commands refused").isEmpty();
        Set<String> filed = caseIdsOf(commands, "filing");
        Set<String> approved = caseIdsOf(commands, "approval");
        long answered = commands.stream().filter(c -> c.answered).count();
        long replayed = commands.stream().filter(c -> c.replayed).count();
        assertThat(filed).as("cases filed during the drill").hasSizeGreaterThan(20);

        await("every outbox drained").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> Databases.SERVICES.stream().mapToLong(FaultDrillSystemTest::backlog).sum() == 0);

        Map<String, Long> partiesOfCases = Databases.count("cases_systest", "select party_name, count(*) from penalty_case where party_name like ?"
                + " group by party_name", "演练" + drill + "-%");
        Set<String> storedCases = Databases.ids("cases_systest", "select case_id from penalty_case where party_name like ?", "演练" + drill + "-%");
        Set<String> approvedStored = Databases.ids("cases_systest", "select case_id from penalty_case where party_name like ?"
                + " and filing_approved_at is not null", "演练" + drill + "-%");
        long duplicatedCases = partiesOfCases.values().stream().mapToLong(n -> n - 1).sum();
        Set<String> lostCases = new HashSet<>(filed);
        lostCases.removeAll(storedCases);
        Set<String> lostApprovals = new HashSet<>(approved);
        lostApprovals.removeAll(approvedStored);

        // a transaction a killed relay or the outage left open hides what follows it until the broker aborts it
        await("no transaction left open on the case topic").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(FaultDrillSystemTest::openTransactions, Map::isEmpty);
        CaseEvents caseEvents = caseEventsOf(storedCases);
        Map<String, Map<String, Set<String>>> events = caseEvents.distinct();
        long lostEvents = 0;
        long duplicatedEvents = 0;
        for (String caseId : storedCases) {
            Map<String, Set<String>> ofCase = events.getOrDefault(caseId, Map.of());
            // a summary case is filed, decided and served on the spot; the head's record of it follows
            for (String type : approvedStored.contains(caseId) ? List.of("CaseFiled", "CaseDecided", "DecisionServed", "CaseFilingApproved")
                    : List.of("CaseFiled", "CaseDecided", "DecisionServed")) {
                int distinct = ofCase.getOrDefault(type, Set.of()).size();
                lostEvents += distinct == 0 ? 1 : 0;
                duplicatedEvents += Math.max(0, distinct - 1);
            }
        }
        long distinctEvents = events.values().stream().mapToLong(m -> m.values().stream().mapToLong(Set::size).sum()).sum();
        Map<String, Integer> eventsPerCase = new HashMap<>();
        events.forEach((caseId, byType) -> eventsPerCase.put(caseId, byType.values().stream().mapToInt(Set::size).sum()));
        await("review-service applied every event of the drill").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> historyOf(storedCases).equals(eventsPerCase) || historyOf(storedCases).entrySet().stream()
                        .anyMatch(e -> e.getValue() > eventsPerCase.getOrDefault(e.getKey(), 0)));
        await("every service's consumers caught up").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
                .until(() -> consumerLag() == 0);
        Map<String, Integer> history = historyOf(storedCases);
        long deadLetters = deadLettersOf(storedCases);
        long casesKnownToEvidence = Databases.ids("evidence_systest", "select case_id from known_case where case_id = any (?)", storedCases).size();
        long appliedTwice = history.entrySet().stream().filter(e -> e.getValue() > eventsPerCase.getOrDefault(e.getKey(), 0)).count();

        System.out.printf("""
                [fault drill] killed with SIGKILL and restarted: %s; Kafka stopped for %d s
                [fault drill] commands sent %d, answered 2xx %d (of them %d answered from the idempotency record after a lost answer), unanswered %d
                [fault drill] effects: %d cases for %d answered filings, %d recorded for %d answered approvals; lost %d, duplicated %d
                [fault drill] events on the case topic: %d distinct (CaseFiled, CaseDecided, DecisionServed, CaseFilingApproved), lost %d, \
                duplicated %d; %d Kafka records carried them (%d sent again: a relay repeats what it could not mark sent; the inboxes skip them)
                [fault drill] consumers: review-service history %d entries for %d cases, evidence-service knows %d cases; applied twice %d; \
                dead-lettered %d
                [fault drill] after recovery: outbox backlog 0 and consumer lag 0 in every service
                """, killed, KAFKA_OUTAGE.toSeconds(), commands.size(), answered, replayed, commands.size() - answered,
                storedCases.size(), filed.size(), approvedStored.size(), approved.size(), lostCases.size() + lostApprovals.size(),
                duplicatedCases, distinctEvents,
                lostEvents, duplicatedEvents, caseEvents.records(), caseEvents.records() - distinctEvents,
                history.values().stream().mapToInt(Integer::intValue).sum(), history.size(), casesKnownToEvidence, appliedTwice,
                deadLetters);

        assertThat(lostCases).as("answered filings without a case").isEmpty();
        assertThat(lostApprovals).as("answered approvals not recorded").isEmpty();
        assertThat(duplicatedCases).as("cases filed twice").isZero();
        assertThat(lostEvents).as("events missing").isZero();
        assertThat(duplicatedEvents).as("events published twice under different ids").isZero();
        assertThat(casesKnownToEvidence).as("cases evidence-service learnt of").isEqualTo(storedCases.size());
        assertThat(appliedTwice).as("cases whose history has an event twice").isZero();
        assertThat(deadLetters).as("events of the drill's cases a consumer gave up on").isZero();
        assertThat(history).as("review-service's history: each event of each case once").isEqualTo(eventsPerCase);
    }

    /**
     * The case topic's partitions whose last stable offset lags their end, with the producers holding a transaction
     * open there: what a read_committed consumer cannot see yet.
     */
    private static Map<TopicPartition, String> openTransactions() throws Exception {
        Map<TopicPartition, String> open = new HashMap<>();
        try (KafkaConsumer<String, String> committed = KafkaRecords.committedReader();
                KafkaConsumer<String, String> all = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        KafkaRecords.bootstrap(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                        new StringDeserializer());
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaRecords.bootstrap()))) {
            List<TopicPartition> partitions = committed.partitionsFor(PlatformUnderTest.TOPIC_PREFIX + "enforcement.case.v1").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            Map<TopicPartition, Long> stable = committed.endOffsets(partitions);
            Map<TopicPartition, Long> end = all.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                if (!stable.get(partition).equals(end.get(partition))) {
                    open.put(partition, "stable " + stable.get(partition) + " of " + end.get(partition) + ", producers "
                            + admin.describeProducers(List.of(partition)).partitionResult(partition).get().activeProducers());
                }
            }
        }
        return open;
    }

    /** Starts the second instance of every service into the list and waits until all are ready; answers them as name:port. */
    private static List<String> startReplicas(List<Process> replicas) throws IOException {
        List<String> started = new ArrayList<>();
        for (Map.Entry<String, Integer> service : PlatformUnderTest.services().entrySet()) {
            int port = service.getValue() + PlatformUnderTest.REPLICA_OFFSET;
            replicas.add(PlatformUnderTest.startInstance(service.getKey(), port));
            started.add(service.getKey() + ":" + port);
        }
        for (Map.Entry<String, Integer> service : PlatformUnderTest.services().entrySet()) {
            int port = service.getValue() + PlatformUnderTest.REPLICA_OFFSET;
            PlatformUnderTest.awaitReady(service.getKey(), PlatformUnderTest.healthPort(service.getKey(), port),
                    Duration.ofSeconds(240), replicas);
        }
        return started;
    }

    private static Set<String> caseIdsOf(List<Command> commands, String kind) {
        Set<String> ids = new HashSet<>();
        commands.stream().filter(c -> c.kind.equals(kind) && c.answered && c.caseId != null).forEach(c -> ids.add(c.caseId));
        return ids;
    }

    private static long backlog(String service) {
        return Databases.count(service + "_systest", "select 'outbox', count(*) from outbox_event where sent_at is null group by 1")
                .getOrDefault("outbox", 0L);
    }

    /** How many history entries review-service keeps of each case (one per event it applied). */
    private static Map<String, Integer> historyOf(Set<String> caseIds) {
        Map<String, Integer> history = new HashMap<>();
        Databases.count("review_systest", "select case_id, count(*) from case_history_event where case_id = any (?) group by case_id", caseIds)
                .forEach((caseId, n) -> history.put(caseId, n.intValue()));
        return history;
    }

    /** The case topic's events of some cases: by case and type the distinct event ids, and how many records carried them. */
    private record CaseEvents(Map<String, Map<String, Set<String>>> distinct, int records) {
    }

    private static CaseEvents caseEventsOf(Set<String> caseIds) {
        Map<String, Map<String, Set<String>>> events = new HashMap<>();
        AtomicInteger records = new AtomicInteger();
        readWhole(topic -> topic.equals(PlatformUnderTest.TOPIC_PREFIX + "enforcement.case.v1"), record -> {
            if (caseIds.contains(record.key())) {
                String type = header(record, "ce_type").replaceFirst("^enforcement\\.case\\.", "").replaceFirst("\\.v\\d+$", "");
                events.computeIfAbsent(record.key(), k -> new HashMap<>()).computeIfAbsent(type, t -> new HashSet<>())
                        .add(header(record, "ce_id"));
                records.incrementAndGet();
            }
        });
        return new CaseEvents(events, records.get());
    }

    /** The records of the cases on the services' dead-letter topics: events a consumer gave up on. */
    private static long deadLettersOf(Set<String> caseIds) {
        AtomicInteger records = new AtomicInteger();
        readWhole(topic -> topic.startsWith(PlatformUnderTest.TOPIC_PREFIX + "enforcement.deadletter."), record -> {
            if (caseIds.contains(record.key())) {
                records.incrementAndGet();
            }
        });
        return records.get();
    }

    /** Reads every committed record of the topics chosen, from their beginning to their end as it is now. */
    private static void readWhole(Predicate<String> topics, Consumer<ConsumerRecord<String, String>> each) {
        try (KafkaConsumer<String, String> consumer = KafkaRecords.committedReader()) {
            List<TopicPartition> partitions = consumer.listTopics().entrySet().stream().filter(topic -> topics.test(topic.getKey()))
                    .flatMap(topic -> topic.getValue().stream().map(p -> new TopicPartition(topic.getKey(), p.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            KafkaRecords.readToEnd(consumer, partitions, each);
        }
    }

    /**
     * How many records the services' consumer groups have yet to process, over every partition they read: the records
     * after each group's committed offset (counted, not subtracted: a relay's transaction ends with a marker that takes
     * an offset no consumer commits past).
     */
    private static long consumerLag() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaRecords.bootstrap()))) {
            long lag = 0;
            for (GroupListing group : admin.listGroups().all().get()) {
                if (group.groupId().startsWith(PlatformUnderTest.TOPIC_PREFIX)) {
                    lag += recordsAfter(admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get());
                }
            }
            return lag;
        }
    }

    private static long recordsAfter(Map<TopicPartition, OffsetAndMetadata> committed) {
        try (KafkaConsumer<String, String> consumer = KafkaRecords.committedReader()) {
            List<TopicPartition> partitions = committed.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
            consumer.assign(partitions);
            partitions.forEach(partition -> consumer.seek(partition, committed.get(partition).offset()));
            AtomicInteger records = new AtomicInteger();
            KafkaRecords.readToEnd(consumer, partitions, record -> records.incrementAndGet());
            return records.get();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static void stack(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", DemoRealm.repositoryRoot().resolve("deploy/local/stack.sh").toString(),
                command, "kafka").inheritIO().start();
        assertThat(process.waitFor()).as("stack.sh %s kafka", command).isZero();
    }

    /** Lets the load run on until it has had this many more commands answered. */
    private static void awaitAnswered(Load load, String phase) {
        long before = load.answered();
        await("commands answered " + phase).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> load.answered() >= before + COMMANDS_PER_PHASE);
    }
}
