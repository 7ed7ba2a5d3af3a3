package se.integration.policy.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on loopback: {@code load.clients} clients (8) each send {@code load.perClient} cases (500
 * here; 5 000 for docs/performance.md: {@code -Dload.perClient=5000}) to POST /evaluate, the example
 * cases in turn; every answer must be the command line's result for that case. Stops by itself after the
 * count, or after 10 minutes at most. Prints throughput and p50/p99 latency.
 */
class LoadTest {
    static final int CLIENTS = Integer.getInteger("load.clients", 8);
    static final int PER_CLIENT = Integer.getInteger("load.perClient", 500);

    @Test
    void eightClientsGetTheCommandLinesResultsWithNoErrors() throws Exception {
        PolicyServer server = TestServer.get();
        List<Path> files = ApiTest.exampleCases();
        List<String> bodies = new ArrayList<>();
        List<JsonNode> expected = new ArrayList<>();
        for (Path f : files) {
            bodies.add(Files.readString(f, StandardCharsets.UTF_8));
            expected.add(ApiTest.json(Cli.run("evaluate", "--format", "json", f.toString()).out()));
        }
        URI uri = URI.create(server.url() + "/evaluate");
        long[] latencies = new long[CLIENTS * PER_CLIENT];
        AtomicLong errors = new AtomicLong(), wrong = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        // a warm-up outside the measurement: the JIT and the sessions of each package
        HttpClient warm = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 200; i++) {
            warm.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build(), HttpResponse.BodyHandlers.ofString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
                for (int i = 0; i < PER_CLIENT && System.nanoTime() < deadline; i++) {
                    int k = (client + i) % bodies.size();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bodies.get(k))).build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        latencies[client * PER_CLIENT + i] = System.nanoTime() - t0;
                        if (r.statusCode() != 200) errors.incrementAndGet();
                        else if (!ApiTest.json(r.body()).equals(expected.get(k))) wrong.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : clients) f.get();
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        long[] done = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        double seconds = elapsed / 1e9;
        System.out.printf("load: %d clients × %d evaluations = %d in %.1f s: %.0f evaluations/s; latency p50 %.2f ms, p99 %.2f ms, max %.2f ms; "
                        + "%d errors, %d results unlike the command line's%n",
                CLIENTS, PER_CLIENT, done.length, seconds, done.length / seconds, done[done.length / 2] / 1e6,
                done[(int) Math.min(done.length - 1, Math.ceil(done.length * 0.99) - 1)] / 1e6, done[done.length - 1] / 1e6, errors.get(), wrong.get());
        assertThat(errors.get()).isZero();
        assertThat(wrong.get()).isZero();
        assertThat(done.length).isEqualTo(CLIENTS * PER_CLIENT);
    }
}
