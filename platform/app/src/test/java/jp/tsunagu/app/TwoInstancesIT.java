package jp.tsunagu.app;

import static jp.tsunagu.testsupport.IntegrationTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.tsunagu.TsunaguApplication;
import jp.tsunagu.app.broker.OutboundEvents;
import jp.tsunagu.fixture.FixtureListeners;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.OutboundEvent;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.planning.PlanningFixtures;
import jp.tsunagu.tenancy.TenantContext;
import jp.tsunagu.testsupport.IntegrationTest;
import jp.tsunagu.testsupport.TestTokens;
import jp.tsunagu.wages.WagesFixtures;
import jp.tsunagu.wages.events.WagesMonthClosed;
import jp.tsunagu.workspace.WorkspaceFixtures;
import jp.tsunagu.workspace.events.AttendanceMonthClosed;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the application (two Spring contexts, each with its own web server, pools, listener threads and
 * Kafka producer) against one PostgreSQL and one Kafka broker (the embedded KRaft broker of spring-kafka-test): events
 * that other systems may consume reach the broker once whichever instance published them, a failed send is retried
 * once although both instances run the maintenance at the same moment, a lost update is refused with 409, and a
 * monthly run requested on both at once runs once. The office is alpha's works office 1310000005 (B型, wages on); the
 * months 2025-07 to 2025-09 are this test's own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {
    private static final TenantId ALPHA = TenantId.of("0a000000-0000-4000-8000-00000000000a");
    private static final String ADMIN = "alpha.admin";

    private EmbeddedKafkaKraftBroker broker;
    private Instance a;
    private Instance b;
    private UUID works;
    private final HttpClient http = HttpClient.newHttpClient();

    /** One running instance: its context, MockMvc on it (for the set-up) and its port (for the contested requests). */
    private record Instance(String name, ConfigurableApplicationContext context, MockMvc mvc, int port) {
        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }
    }

    @BeforeAll
    void start() throws Exception {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        // as a production broker should be: a topic is created on purpose, not by the first producer that names it
        broker.brokerProperty("auto.create.topics.enable", "false");
        broker.afterPropertiesSet();
        broker.addTopics(new NewTopic(OutboundEvent.topicOf(AttendanceMonthClosed.class), 2, (short) 1),
                new NewTopic(OutboundEvent.topicOf(WagesMonthClosed.class), 2, (short) 1));
        // one after the other: two first migrations of an empty database at once race to create Liquibase's own tables
        a = instance("A");
        b = instance("B");
        a.bean(ProvisionCommand.class).apply(IntegrationTest.testManifests());
        works = WagesFixtures.withRulesSince2025June(a.mvc(), officeId("1310000005"));
    }

    private Instance instance(String name) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TsunaguApplication.class)
                .profiles("test")
                // arguments, not default properties: application.yaml sets server.port, and arguments outrank it
                .run("--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        // a send to a topic that does not exist fails after 3 s here, not 10
                        "--spring.kafka.producer.properties.max.block.ms=3000",
                        "--tsunagu.broker.send-timeout=PT10S",
                        "--logging.level.org.apache.kafka=warn");
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((org.springframework.web.context.WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Instance(name, context, mvc, port);
    }

    @AfterAll
    void stop() {
        if (a != null) {
            a.context().close();
        }
        if (b != null) {
            b.context().close();
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    // ---- (a) events leave once -------------------------------------------------------------------------------------

    @Test
    @DisplayName("an event published on either instance reaches its topic once, keyed by its tenant, with an id, and each in-process listener handles it once")
    void eventsLeaveOnceFromEitherInstance() throws Exception {
        WagesFixtures.attendanceClosed(a.mvc(), ADMIN, works, "2025-08");
        WagesFixtures.attendanceClosed(b.mvc(), ADMIN, works, "2025-09");

        String topic = OutboundEvent.topicOf(AttendanceMonthClosed.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(completed("AttendanceMonthClosed", "2025-08")).isTrue());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(completed("AttendanceMonthClosed", "2025-09")).isTrue());
        for (String month : List.of("2025-08", "2025-09")) {
            List<ConsumerRecord<String, String>> sent = records(topic).stream()
                    .filter(r -> JsonPath.<String>read(r.value(), "$.data.month").equals(month)).toList();
            assertThat(sent).as("records of the close of %s", month).hasSize(1);
            ConsumerRecord<String, String> record = sent.getFirst();
            assertThat(record.key()).isEqualTo(ALPHA.toString());
            assertThat(JsonPath.<String>read(record.value(), "$.type")).isEqualTo("AttendanceMonthClosed");
            assertThat(JsonPath.<String>read(record.value(), "$.tenantId")).isEqualTo(ALPHA.toString());
            assertThat(JsonPath.<String>read(record.value(), "$.officeId")).isEqualTo(works.toString());
            assertThat(JsonPath.<String>read(record.value(), "$.data.officeId")).isEqualTo(works.toString());
            String id = JsonPath.read(record.value(), "$.id");
            assertThat(header(record, "tsunagu-event-id")).isEqualTo(id);
            assertThat(header(record, "tsunagu-tenant-id")).isEqualTo(ALPHA.toString());
            // the id is the registry's publication of this delivery: completed once, at the first attempt
            assertThat(jdbc().queryForMap("select listener_id, completion_attempts from event_publication where id = ?::uuid", id))
                    .containsEntry("listener_id", OutboundEvents.LISTENER_ID).containsEntry("completion_attempts", 1);
            // every listener of the event (the broker's and the wages module's) got it once and completed at the first attempt
            List<Map<String, Object>> publications = publications("AttendanceMonthClosed", month);
            assertThat(publications).extracting(p -> p.get("listener_id").toString()).doesNotHaveDuplicates()
                    .contains(OutboundEvents.LISTENER_ID).anyMatch(l -> l.contains("MonthDueListener"));
            assertThat(publications).allSatisfy(p -> assertThat(p).containsEntry("completion_attempts", 1));
            // the wages module's listener made the month due once: its row was written once and never changed again
            assertThat(inAlpha(() -> jdbc().queryForList("select version from wages_month_due where office_id = ? and due_month = ?::date",
                    Long.class, works, month + "-01"))).containsExactly(0L);
        }
    }

    @Test
    @DisplayName("a send that failed on instance A (its topic missing) is retried once when both instances run the maintenance at the same moment: one record on the topic, two attempts")
    void failedSendRetriedOnceByEitherInstance() throws Exception {
        String marker = "announced-" + UUID.randomUUID();
        String topic = OutboundEvent.topicOf(FixtureListeners.Announced.class);
        OfficeId office = new OfficeId(works);
        a.bean(TransactionTemplate.class).executeWithoutResult(s ->
                a.context().publishEvent(new FixtureListeners.Announced(ALPHA, office, marker)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(announced(marker)).containsEntry("status", "FAILED"));
        assertThat(announced(marker).get("completion_date")).isNull();

        broker.addTopics(new NewTopic(topic, 1, (short) 1));
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService both = Executors.newFixedThreadPool(2);
        List<EventPublicationMaintenance.Run> runs = new ArrayList<>();
        try {
            List<Future<EventPublicationMaintenance.Run>> futures = new ArrayList<>();
            for (Instance i : List.of(a, b)) {
                futures.add(both.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return i.bean(EventPublicationMaintenance.class).run();
                }));
            }
            for (Future<EventPublicationMaintenance.Run> f : futures) {
                runs.add(f.get(30, TimeUnit.SECONDS));
            }
        } finally {
            both.shutdownNow();
        }
        assertThat(runs).anyMatch(EventPublicationMaintenance.Run::ran);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(announced(marker).get("completion_date")).isNotNull());
        // once more on both: a completed publication is not delivered again
        a.bean(EventPublicationMaintenance.class).run();
        b.bean(EventPublicationMaintenance.class).run();
        Thread.sleep(1_000);
        assertThat(announced(marker)).containsEntry("completion_attempts", 2).containsEntry("status", "COMPLETED");
        List<ConsumerRecord<String, String>> sent = records(topic).stream()
                .filter(r -> JsonPath.<String>read(r.value(), "$.data.marker").equals(marker)).toList();
        assertThat(sent).hasSize(1);
        assertThat(JsonPath.<String>read(sent.getFirst().value(), "$.id")).isEqualTo(announced(marker).get("id").toString());
    }

    // ---- (b) no lost update ------------------------------------------------------------------------------------------

    @Test
    @DisplayName("two instances write the same version of a person at once: the first wins, the second gets 409 problem+json (ja, then en the other way round) and the row holds the winner's value")
    void noLostUpdate() throws Exception {
        String created = a.mvc().perform(as(ADMIN, post("/api/v1/offices/{o}/persons", works).contentType("application/json")
                .content(PlanningFixtures.person("二重", "一", "ニジュウ", "ハジメ")))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        UUID person = UUID.fromString(JsonPath.read(created, "$.id"));

        race(person, a, "甲勝", b, "乙敗", "ja", "他の利用者が同時に変更しました。再読み込みしてからやり直してください。");
        race(person, b, "乙勝", a, "甲敗", "en", "Someone else changed this at the same time; reload and try again.");
    }

    /**
     * {@code first} and then {@code second} send a change of {@code person} with the version both read, while a lock on
     * the row holds both writes back until both have read it; the lock released, the first writes and the second finds
     * the version changed.
     */
    private void race(UUID person, Instance first, String firstName, Instance second, String secondName, String secondLanguage,
                      String message) throws Exception {
        long version = ((Number) JsonPath.read(httpGet(first, "/api/v1/offices/" + works + "/persons/" + person).body(), "$.version")).longValue();
        ExecutorService both = Executors.newFixedThreadPool(2);
        try (Connection holder = EmbeddedDatabase.start(null).superuser(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("select 1 from person where id = '" + person + "' for update");
            Future<HttpResponse<String>> firstAnswer = both.submit(() -> change(first, person, version, firstName, "ja"));
            awaitWaiting(holder, 1);
            Future<HttpResponse<String>> secondAnswer = both.submit(() -> change(second, person, version, secondName, secondLanguage));
            awaitWaiting(holder, 2);
            holder.rollback();
            HttpResponse<String> won = firstAnswer.get(30, TimeUnit.SECONDS);
            HttpResponse<String> lost = secondAnswer.get(30, TimeUnit.SECONDS);
            assertThat(won.statusCode()).as(won.body()).isEqualTo(200);
            assertThat(lost.statusCode()).as(lost.body()).isEqualTo(409);
            assertThat(lost.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(JsonPath.<String>read(lost.body(), "$.code")).isEqualTo("concurrentChange");
            assertThat(JsonPath.<String>read(lost.body(), "$.detail")).isEqualTo(message);
        } finally {
            both.shutdownNow();
        }
        String stored = httpGet(second, "/api/v1/offices/" + works + "/persons/" + person).body();
        assertThat(JsonPath.<String>read(stored, "$.details.familyName")).isEqualTo(firstName);
        assertThat(((Number) JsonPath.read(stored, "$.version")).longValue()).isEqualTo(version + 1);
    }

    /** Waits until {@code n} of the application's connections wait for a lock (the row's, or the audit chain's). */
    private static void awaitWaiting(Connection superuser, int n) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (PreparedStatement q = superuser.prepareStatement(
                    "select count(*) from pg_stat_activity where usename = 'tsunagu_app' and wait_event_type = 'Lock'");
                 var rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1) >= n;
            }
        });
    }

    private HttpResponse<String> change(Instance instance, UUID person, long version, String familyName, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/api/v1/offices/" + works
                        + "/persons/" + person + "?version=" + version))
                .header("Authorization", "Bearer " + TestTokens.token(ADMIN)).header("Accept-Language", language)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(PlanningFixtures.person(familyName, "一", "ニジュウ", "ハジメ")))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> httpGet(Instance instance, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + path))
                .header("Authorization", "Bearer " + TestTokens.token(ADMIN)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> httpPost(Instance instance, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + path))
                .header("Authorization", "Bearer " + TestTokens.token(ADMIN)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // ---- (c) a monthly run requested on both at once ------------------------------------------------------------------

    @Test
    @DisplayName("the monthly run of 工賃 requested on both instances at the same moment runs once: both get the same run, one row, one audit record, one event on the topic")
    void monthlyRunOnBothAtOnceRunsOnce() throws Exception {
        MockMvc mvc = a.mvc();
        UUID group = WorkspaceFixtures.group(mvc, ADMIN, works, "B型 軽作業 (2025年7月)", "TYPE_B");
        UUID kudo = WagesFixtures.typeBUser(mvc, ADMIN, works, "工藤", "クドウ", "2025-04-01", "2026-03-31");
        WagesFixtures.workedDay(mvc, ADMIN, works, kudo, group, "2025-07-07", "10:00", "15:00");
        UUID activity = WagesFixtures.activity(mvc, ADMIN, works, "箱折り (2025年7月)");
        WagesFixtures.entered(mvc, ADMIN, works, "2025-07", WagesFixtures.entry(activity, "CONTRACT_INCOME", "R-2507", "2025-07-31", "株式会社アオバ", 12_345));
        WagesFixtures.attendanceClosed(mvc, ADMIN, works, "2025-07");

        String path = "/api/v1/offices/" + works + "/wages/runs/2025-07/close";
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService both = Executors.newFixedThreadPool(2);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Instance i : List.of(a, b)) {
                Callable<HttpResponse<String>> close = () -> {
                    ready.countDown();
                    ready.await();
                    return httpPost(i, path);
                };
                futures.add(both.submit(close));
            }
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            both.shutdownNow();
        }
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        assertThat(answers).extracting(r -> JsonPath.<Integer>read(r.body(), "$.totalPaid")).containsOnly(12_345);
        assertThat(answers).extracting(r -> JsonPath.<String>read(r.body(), "$.closedAt")).hasSize(2)
                .containsOnly(JsonPath.<String>read(answers.getFirst().body(), "$.closedAt"));
        assertThat(inAlpha(() -> jdbc().queryForObject("select count(*) from wages_run where run_month = '2025-07-01'", Long.class))).isOne();
        assertThat(inAlpha(() -> jdbc().queryForObject(
                "select count(*) from audit_record where resource = 'wages_run' and action = 'CREATE' and details like 'month=2025-07 %'",
                Long.class))).isOne();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(completed("WagesMonthClosed", "2025-07")).isTrue());
        assertThat(publications("WagesMonthClosed", "2025-07")).extracting(p -> p.get("listener_id")).doesNotHaveDuplicates()
                .contains(OutboundEvents.LISTENER_ID);
        List<ConsumerRecord<String, String>> sent = records(OutboundEvent.topicOf(WagesMonthClosed.class)).stream()
                .filter(r -> JsonPath.<String>read(r.value(), "$.data.month").equals("2025-07")).toList();
        assertThat(sent).hasSize(1);
        assertThat(JsonPath.<Integer>read(sent.getFirst().value(), "$.data.totalPaid")).isEqualTo(12_345);
        assertThat(YearMonth.parse(JsonPath.read(sent.getFirst().value(), "$.data.month"))).isEqualTo(YearMonth.of(2025, 7));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------------

    private JdbcTemplate jdbc() {
        return a.bean(JdbcTemplate.class);
    }

    private <T> T inAlpha(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(ALPHA, () -> a.bean(TransactionTemplate.class).execute(s -> work.get()));
    }

    private UUID officeId(String number) {
        return inAlpha(() -> jdbc().queryForObject("select id from office where office_number = ?", UUID.class, number));
    }

    /** The registry's publications of an event of {@code type} about this office and {@code month}, one per listener. */
    private List<Map<String, Object>> publications(String type, String month) {
        return jdbc().queryForList("select id, listener_id, status, completion_date, completion_attempts from event_publication"
                + " where event_type like ? and serialized_event like ? and serialized_event like ?",
                "%." + type, "%" + works + "%", "%\"" + month + "\"%");
    }

    private boolean completed(String type, String month) {
        List<Map<String, Object>> p = publications(type, month);
        return !p.isEmpty() && p.stream().allMatch(r -> r.get("completion_date") != null);
    }

    private Map<String, Object> announced(String marker) {
        return jdbc().queryForMap("select id, status, completion_date, completion_attempts from event_publication where serialized_event like ?",
                "%" + marker + "%");
    }

    /** Every record of {@code topic}, read from the start to the current end of each partition. */
    private List<ConsumerRecord<String, String>> records(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "two-instances-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> all = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
            return all;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
