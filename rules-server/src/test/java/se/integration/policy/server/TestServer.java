package se.integration.policy.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One server for the test classes of this module (it takes seconds to warm every package): started on a
 * free loopback port on first use, stopped when the test JVM ends.
 */
final class TestServer {
    private static PolicyServer server;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer() {}

    static synchronized PolicyServer get() {
        if (server == null) {
            server = PolicyServer.start(PolicyServer.Options.defaults());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** The repository's examples folder (the tests run in rules-server/). */
    static Path examples() { return Path.of("..", "examples").toAbsolutePath().normalize(); }

    record Response(int status, String contentType, String body) {
        String mediaType() { return contentType == null ? null : contentType.split(";")[0].strip(); }
    }

    static Response get(String path) { return send("GET", path, null, null); }

    static Response post(String path, String contentType, String body) { return send("POST", path, contentType, body); }

    static Response send(String method, String path, String contentType, String body) {
        return send(get(), method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    static Response send(PolicyServer s, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + path)).timeout(Duration.ofSeconds(60));
        if (contentType != null) b.header("Content-Type", contentType);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), new String(r.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
