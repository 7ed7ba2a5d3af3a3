package se.integration.policy.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.integration.policy.cli.Reports;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.analysis.Comparison;
import se.integration.policy.core.analysis.Comparisons;
import se.integration.policy.core.analysis.ImpactSummary;
import se.integration.policy.core.analysis.PolicyDiff;
import se.integration.policy.core.analysis.PolicyDiffs;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.model.Limits;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;
import se.integration.policy.core.replay.Disagreement;
import se.integration.policy.core.result.Result;

/**
 * {@code policy serve}: one warm {@link PolicyEngine} behind the JSON API of {@code /openapi.json} and the
 * workbench page at {@code /}. Binds to 127.0.0.1 unless told otherwise (docs/security.md). Every request
 * has a time limit; a case may be at most {@link Limits#MAX_DOCUMENT_BYTES} bytes (413 beyond).
 */
public final class PolicyServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyServer.class);

    /** The routes, each "METHOD path" as in /openapi.json (a test checks the two agree). */
    public static final List<String> ROUTES = List.of(
            "GET /", "GET /openapi.json", "GET /policies", "GET /policies/{id}", "GET /policies/{id}/schema",
            "POST /evaluate", "POST /compare", "GET /diff", "POST /diff", "POST /replay", "GET /corpus");

    /** The most a request with many cases (compare, replay) may send. */
    public static final int MAX_BATCH_BYTES = 64 << 20;
    /** The most an envelope around one case ({@code {"case", "policy", "asOf"}}, a draft included) may be. */
    public static final int MAX_ENVELOPE_BYTES = 4 << 20;

    public static final String HTML = "text/html; charset=utf-8", JSON = "application/json", PROBLEM = "application/problem+json", JSON_LINES = "application/x-ndjson";

    /** How the server is started; {@code drafts} null: the engine's own ({@link DraftLoader#forEngine}). */
    public record Options(String host, int port, Corpus corpus, Duration timeLimit, DraftLoader drafts) {
        public Options {
            Objects.requireNonNull(host);
            Objects.requireNonNull(corpus);
            Objects.requireNonNull(timeLimit);
        }

        /** Loopback, an ephemeral port, the bundled examples, 30 s a request, the engine's drafts (drafts null). */
        public static Options defaults() { return new Options("127.0.0.1", 0, Corpus.bundled(), Duration.ofSeconds(30), null); }

        public Options withPort(int p) { return new Options(host, p, corpus, timeLimit, drafts); }

        public Options withHost(String h) { return new Options(h, port, corpus, timeLimit, drafts); }

        public Options withCorpus(Corpus c) { return new Options(host, port, c, timeLimit, drafts); }

        public Options withTimeLimit(Duration t) { return new Options(host, port, corpus, t, drafts); }

        public Options withDrafts(DraftLoader d) { return new Options(host, port, corpus, timeLimit, d); }
    }

    private final Options options;
    private final PolicyEngine engine;
    private final ObjectMapper mapper, reader;
    private final ExecutorService workers;
    private final List<String> listRows;
    private final String openApi;
    private final String workbench;
    private final Javalin app;

    private PolicyServer(Options options, PolicyEngine engine) {
        this.options = options;
        this.engine = engine;
        // trees only: every value of the API is written by the engine (json(…)), exactly as contract §2 says
        this.mapper = new ObjectMapper();
        this.reader = JsonInput.strict(StreamReadConstraints.builder()
                .maxNestingDepth(Limits.MAX_NESTING_DEPTH + 8).maxNumberLength(Limits.MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_BATCH_BYTES).maxDocumentLength(MAX_BATCH_BYTES).build());
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors() * 2), r -> {
            Thread t = new Thread(r, "policy-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.listRows = Reports.listJson();
        try (InputStream in = PolicyServer.class.getResourceAsStream("openapi.json")) {
            this.openApi = new String(Objects.requireNonNull(in, "openapi.json").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("openapi.json could not be read", e);
        }
        this.workbench = Workbench.page(engine.registry().all(), options.corpus());
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BATCH_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.jetty.modifyServer(server -> {
                for (var c : server.getConnectors()) {
                    if (c instanceof org.eclipse.jetty.server.AbstractConnector a) a.setIdleTimeout(options.timeLimit().toMillis());
                }
            });
            config.routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("internal fault on {} {}", ctx.method(), ctx.path(), e);
                problem(ctx, ApiProblem.internal());
            });
            config.routes.error(404, "*", ctx -> {
                if (!PROBLEM.equals(ctx.res().getContentType() == null ? null : ctx.res().getContentType().split(";")[0])) {
                    problem(ctx, ApiProblem.notFound(ctx.method() + " " + ctx.path()));
                }
            });
            config.routes.error(405, "*", ctx -> problem(ctx, new ApiProblem(405, "method-not-allowed",
                    "Metoden stöds inte / Method not allowed", ctx.method() + " " + ctx.path(), List.of())));
            for (String route : ROUTES) {
                String[] mp = route.split(" ", 2);
                Handler h = handler(route);
                if (mp[0].equals("GET")) config.routes.get(mp[1], h);
                else config.routes.post(mp[1], h);
            }
        });
    }

    /** Starts a server; {@link #port()} tells the port it listens on. */
    public static PolicyServer start(Options options) {
        PolicyEngine engine = PolicyEngine.create();
        for (PolicyPackage p : engine.registry().all()) engine.preload(p.id()); // one warm engine: every package built now
        if (options.drafts() == null) options = options.withDrafts(DraftLoader.forEngine(engine));
        PolicyServer s = new PolicyServer(options, engine);
        s.app.start();
        return s;
    }

    public int port() { return app.port(); }

    public String host() { return options.host(); }

    /** The base address, e.g. {@code http://127.0.0.1:8400}. */
    public String url() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + h + ":" + port();
    }

    public PolicyEngine engine() { return engine; }

    @Override public void close() {
        app.stop();
        workers.shutdownNow();
    }

    private Handler handler(String route) {
        return switch (route) {
            case "GET /" -> ctx -> send(ctx, HTML, workbench);
            case "GET /openapi.json" -> ctx -> send(ctx, JSON, openApi);
            case "GET /policies" -> ctx -> send(ctx, JSON, "[" + String.join(",", listRows) + "]");
            case "GET /policies/{id}" -> this::policy;
            case "GET /policies/{id}/schema" -> ctx -> {
                installed(ctx.pathParam("id"), "id");
                send(ctx, "application/schema+json", engine.caseSchema(ctx.pathParam("id")));
            };
            case "POST /evaluate" -> this::evaluate;
            case "POST /compare" -> this::compare;
            case "GET /diff", "POST /diff" -> this::diff;
            case "POST /replay" -> this::replay;
            case "GET /corpus" -> this::corpus;
            default -> throw new IllegalStateException(route);
        };
    }

    // ---- answers -------------------------------------------------------------------------------------

    /** Text sent as UTF-8 bytes (not re-encoded by the container, whatever the content type). */
    private static void send(Context ctx, String type, String text) {
        ctx.contentType(type).result(text.getBytes(StandardCharsets.UTF_8));
    }

    private void problem(Context ctx, ApiProblem p) {
        ObjectNode o = problemJson(p);
        o.put("instance", ctx.path());
        ctx.status(p.status());
        send(ctx, PROBLEM, o.toString());
    }

    private ObjectNode problemJson(ApiProblem p) {
        ObjectNode o = mapper.createObjectNode();
        o.put("type", p.type());
        o.put("title", p.title());
        o.put("status", p.status());
        o.put("detail", p.detail());
        ArrayNode list = o.putArray("problems");
        for (Problem q : p.problems()) list.addObject().put("path", q.path()).put("message", q.message());
        return o;
    }

    private <T> T timed(Callable<T> work) throws Exception {
        Future<T> f = workers.submit(work);
        try {
            return f.get(options.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw ApiProblem.timeLimit(options.timeLimit().toSeconds());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) throw x;
            throw e;
        }
    }

    // ---- policies ------------------------------------------------------------------------------------

    private PolicyPackage installed(String id, String path) {
        try {
            return engine.registry().get(id);
        } catch (PolicySelectionException e) {
            throw ApiProblem.unknownVersion(path, e.getMessage());
        }
    }

    private void policy(Context ctx) throws IOException {
        PolicyPackage p = installed(ctx.pathParam("id"), "id");
        PolicyDefinition d = p.definition();
        ObjectNode row = null;
        for (String r : listRows) {
            ObjectNode o = (ObjectNode) mapper.readTree(r);
            if (o.path("id").asText().equals(d.id())) row = o;
        }
        if (row == null) throw ApiProblem.notFound(d.id());
        row.set("sources", json(d.sources()));
        ArrayNode params = row.putArray("parameters");
        for (ParameterFact f : d.parameters()) {
            ObjectNode o = (ObjectNode) json(f);
            o.put("identity", f.identity());
            params.add(o);
        }
        send(ctx, JSON, row.toString());
    }

    /**
     * A version named in a request: an installed id (a string) or a draft (an object in the drafts'
     * format), which the {@link DraftLoader} turns into a package.
     */
    private PolicyPackage version(JsonNode node, String path) {
        if (node == null || node.isNull()) return null;
        if (node.isTextual()) return installed(node.asText(), path);
        if (node.isObject()) {
            try {
                return options.drafts().load(node.toString());
            } catch (ApiProblem e) {
                if (e.problems().isEmpty()) throw e;
                throw new ApiProblem(e.status(), e.type().substring(ApiProblem.TYPE_PREFIX.length()), e.title(), e.detail(),
                        e.problems().stream().map(q -> new Problem(path + q.path().substring(1), q.message())).toList());
            }
        }
        throw ApiProblem.badRequest(path, "en versions id (text) eller ett utkast (objekt) väntades / expected a version id (text) or a draft (object)");
    }

    // ---- evaluate ------------------------------------------------------------------------------------

    private static String mediaType(Context ctx) {
        String ct = ctx.contentType();
        return ct == null ? JSON : ct.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static boolean jsonLines(String mediaType) {
        return mediaType.equals(JSON_LINES) || mediaType.equals("application/jsonl") || mediaType.equals("application/json-lines");
    }

    private static void requireJson(String mediaType) {
        if (!mediaType.equals(JSON)) throw ApiProblem.unsupportedMediaType(mediaType, JSON);
    }

    private static LocalDate date(String text, String path) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(path, "ett datum ÅÅÅÅ-MM-DD väntades, inte / expected a date YYYY-MM-DD, not " + text);
        }
    }

    /** The body, at most {@code limit} bytes (413 beyond). */
    private static byte[] body(Context ctx, int limit) throws IOException {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] b = in.readNBytes(limit + 1);
            if (b.length > limit) throw ApiProblem.tooLarge("$", limit);
            return b;
        }
    }

    /** A value of the API as a tree, written by the engine exactly as the command line writes it (contract §2). */
    private JsonNode json(Object value) throws JsonProcessingException { return mapper.readTree(engine.toJson(value, false)); }

    private JsonNode tree(byte[] body) {
        try {
            return reader.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("$", "ogiltig JSON / invalid JSON: " + JsonInput.describe(e));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A case from its JSON tree, problems named under {@code prefix} (e.g. {@code $.case}). */
    private PolicyCase read(JsonNode node, String prefix) {
        String text = node.toString();
        if (text.getBytes(StandardCharsets.UTF_8).length > Limits.MAX_DOCUMENT_BYTES) {
            throw ApiProblem.tooLarge(prefix, Limits.MAX_DOCUMENT_BYTES);
        }
        try {
            return engine.read(text);
        } catch (InvalidCaseException e) {
            throw ApiProblem.invalidInput(under(prefix, e.problems()));
        }
    }

    private static List<Problem> under(String prefix, List<Problem> problems) {
        if (prefix.equals("$")) return problems;
        return problems.stream().map(p -> new Problem(prefix + p.path().substring(1), p.message())).toList();
    }

    /** The advice where no version is in force on a case's date: the API names one with {@code policy}. */
    static final String NAME_ONE = "ange en med ?policy= för att bedöma ändå / name one with ?policy= to judge under it anyway";

    private Result judge(PolicyCase c, PolicyPackage policy, LocalDate asOf, String prefix) {
        if (asOf != null) c = c.withAsOf(asOf);
        try {
            return policy == null ? engine.evaluate(c) : engine.evaluate(c, policy);
        } catch (InvalidCaseException e) {
            throw ApiProblem.invalidInput(under(prefix, e.problems()));
        } catch (PolicySelectionException e) {
            String path = e.path() != null ? e.path() : "$.municipality";
            throw ApiProblem.invalidInput(under(prefix, List.of(new Problem(path, e.withAdvice(NAME_ONE).getMessage()))));
        }
    }

    private void evaluate(Context ctx) throws Exception {
        String type = mediaType(ctx);
        LocalDate asOf = date(ctx.queryParam("asOf"), "asOf");
        PolicyPackage queryPolicy = ctx.queryParam("policy") == null ? null : installed(ctx.queryParam("policy"), "policy");
        if (jsonLines(type)) {
            evaluateLines(ctx, queryPolicy, asOf);
            return;
        }
        requireJson(type);
        byte[] body = body(ctx, MAX_ENVELOPE_BYTES);
        String json = timed(() -> {
            JsonNode node;
            try {
                node = reader.readTree(body);
            } catch (IOException e) {
                node = null;
            }
            if (node != null && node.isObject() && node.has("case")) { // an envelope: {"case", "policy"?, "asOf"?}
                for (var it = node.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!List.of("case", "policy", "asOf").contains(f)) {
                        throw ApiProblem.badRequest("$." + f, "okänt fält; kända: case, policy, asOf / unknown field; known: case, policy, asOf");
                    }
                }
                if (!node.get("case").isObject()) throw ApiProblem.badRequest("$.case", "ett ärende (objekt) väntades / expected a case (an object)");
                PolicyPackage p = node.has("policy") ? version(node.get("policy"), "$.policy") : queryPolicy;
                LocalDate day = node.has("asOf") ? date(node.get("asOf").asText(), "$.asOf") : asOf;
                return engine.toJson(judge(read(node.get("case"), "$.case"), p, day, "$.case"));
            }
            if (body.length > Limits.MAX_DOCUMENT_BYTES) throw ApiProblem.tooLarge("$", Limits.MAX_DOCUMENT_BYTES);
            PolicyCase c;
            try {
                c = engine.read(body); // the reader's own messages, with line and column for malformed JSON
            } catch (InvalidCaseException e) {
                throw ApiProblem.invalidInput(e.problems());
            }
            return engine.toJson(judge(c, queryPolicy, asOf, "$"));
        });
        send(ctx, JSON, json);
    }

    /** JSON lines in, JSON lines out, a line at a time: a result, or {@code {"line", "status", "title", "problems"}}. */
    private void evaluateLines(Context ctx, PolicyPackage policy, LocalDate asOf) throws IOException {
        long deadline = System.nanoTime() + options.timeLimit().toNanos();
        ctx.status(200).contentType(JSON_LINES);
        OutputStream out = ctx.outputStream();
        Iterator<Reports.Line> lines = Reports.lines(ctx.bodyInputStream());
        while (lines.hasNext()) {
            Reports.Line line = lines.next();
            String answer;
            if (System.nanoTime() > deadline) {
                answer = lineProblem(line.number(), ApiProblem.timeLimit(options.timeLimit().toSeconds()));
                out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
                break;
            }
            if (line.text() == null) {
                answer = lineProblem(line.number(), line.problem().startsWith("the line is longer")
                        ? ApiProblem.tooLarge("$", Limits.MAX_DOCUMENT_BYTES) : ApiProblem.invalidInput(List.of(new Problem("$", line.problem()))));
            } else {
                try {
                    PolicyCase c;
                    try {
                        c = engine.read(line.text());
                    } catch (InvalidCaseException e) {
                        throw ApiProblem.invalidInput(e.problems());
                    }
                    answer = engine.toJson(judge(c, policy, asOf, "$"));
                } catch (ApiProblem e) {
                    answer = lineProblem(line.number(), e);
                } catch (RuntimeException e) {
                    LOG.error("internal fault judging line {}", line.number(), e);
                    answer = lineProblem(line.number(), ApiProblem.internal());
                }
            }
            out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private String lineProblem(int line, ApiProblem p) {
        ObjectNode o = mapper.createObjectNode();
        o.put("line", line);
        o.setAll(problemJson(p));
        return o.toString();
    }

    // ---- compare -------------------------------------------------------------------------------------

    /** A case to compare: where it came from and its JSON (or why it could not be read). */
    private record Item(String where, JsonNode json, ApiProblem problem) {}

    private void compare(Context ctx) throws Exception {
        requireJson(mediaType(ctx));
        String format = format(ctx);
        JsonNode req = tree(body(ctx, MAX_BATCH_BYTES));
        if (!req.isObject()) throw ApiProblem.badRequest("$", "ett objekt väntades / expected an object");
        for (var it = req.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of("policies", "cases", "casesJsonl", "asOf", "differingOnly").contains(f)) {
                throw ApiProblem.badRequest("$." + f, "okänt fält; kända: policies, cases, casesJsonl, asOf, differingOnly / "
                        + "unknown field; known: policies, cases, casesJsonl, asOf, differingOnly");
            }
        }
        JsonNode ps = req.get("policies");
        if (ps == null || !ps.isArray() || ps.size() < 2) {
            throw ApiProblem.badRequest("$.policies", "minst två versioner (id eller utkast) väntades / expected at least two versions (ids or drafts)");
        }
        List<PolicyPackage> packages = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) packages.add(version(ps.get(i), "$.policies[" + i + "]"));
        List<String> ids = packages.stream().map(PolicyPackage::id).toList();
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
            throw ApiProblem.badRequest("$.policies", "samma version två gånger / the same version twice: " + ids);
        }
        LocalDate asOf = date(req.path("asOf").isTextual() ? req.get("asOf").asText() : null, "$.asOf");
        boolean differingOnly = req.path("differingOnly").asBoolean(false);
        List<Item> items = items(req, packages.get(0));
        String answer = timed(() -> {
            ImpactSummary summary = new ImpactSummary(ids);
            List<Comparison> shown = new ArrayList<>();
            List<String> where = new ArrayList<>();
            ArrayNode problems = mapper.createArrayNode();
            long invalid = 0;
            for (Item item : items) {
                if (Thread.interrupted()) throw ApiProblem.timeLimit(options.timeLimit().toSeconds());
                try {
                    if (item.problem() != null) throw item.problem();
                    Comparison c = compareOne(read(item.json(), "$"), packages, ids, asOf);
                    summary.add(c);
                    if (!differingOnly || c.differs()) {
                        shown.add(c);
                        where.add(item.where());
                    }
                } catch (ApiProblem e) {
                    invalid++;
                    ObjectNode o = problems.addObject();
                    o.put("where", item.where());
                    o.setAll(problemJson(e));
                }
            }
            if (format.equals("html")) {
                StringWriter page = new StringWriter();
                Reports.compareHtml(new PrintWriter(page), packages, summary, invalid, shown, where);
                return page.toString();
            }
            ObjectNode o = mapper.createObjectNode();
            o.set("policies", json(packages.stream().map(p -> p.definition().ref()).toList()));
            o.put("invalid", invalid);
            o.set("summary", json(summary));
            o.set("comparisons", json(shown));
            o.set("problems", problems);
            return mapper.writeValueAsString(o);
        });
        send(ctx, format.equals("html") ? HTML : JSON, answer);
    }

    /** The cases of a compare request: {@code cases}, else {@code casesJsonl}, else the server's corpus (the first version's municipality). */
    private List<Item> items(JsonNode req, PolicyPackage first) {
        List<Item> items = new ArrayList<>();
        JsonNode cases = req.get("cases"), jsonl = req.get("casesJsonl");
        if (cases != null && !cases.isNull()) {
            if (!cases.isArray()) throw ApiProblem.badRequest("$.cases", "en lista av ärenden väntades / expected an array of cases");
            for (int i = 0; i < cases.size(); i++) items.add(new Item("$.cases[" + i + "]", cases.get(i), null));
        } else if (jsonl != null && !jsonl.isNull()) {
            if (!jsonl.isTextual()) throw ApiProblem.badRequest("$.casesJsonl", "text väntades (JSON-rader) / expected text (JSON lines)");
            var lines = Reports.lines(new ByteArrayInputStream(jsonl.asText().getBytes(StandardCharsets.UTF_8)));
            while (lines.hasNext()) {
                Reports.Line l = lines.next();
                String where = "casesJsonl:" + l.number();
                if (l.text() == null) {
                    items.add(new Item(where, null, l.problem().startsWith("the line is longer")
                            ? ApiProblem.tooLarge("$", Limits.MAX_DOCUMENT_BYTES) : ApiProblem.invalidInput(List.of(new Problem("$", l.problem())))));
                    continue;
                }
                try {
                    items.add(new Item(where, reader.readTree(l.text()), null));
                } catch (JsonProcessingException e) {
                    // the reader's own message, with line and column, as the command line reports it
                    ApiProblem p;
                    try {
                        engine.read(l.text());
                        p = ApiProblem.invalidInput(List.of(new Problem("$", JsonInput.describe(e))));
                    } catch (InvalidCaseException x) {
                        p = ApiProblem.invalidInput(x.problems());
                    }
                    items.add(new Item(where, null, p));
                }
            }
        } else {
            for (Corpus.Entry e : options.corpus().of(first.definition().municipality().id())) {
                try {
                    items.add(new Item(options.corpus().name() + "/" + e.where(), reader.readTree(e.json()), null));
                } catch (JsonProcessingException x) {
                    throw new IllegalStateException(e.where(), x);
                }
            }
        }
        return items;
    }

    private Comparison compareOne(PolicyCase c, List<PolicyPackage> packages, List<String> ids, LocalDate asOf) {
        if (asOf != null) c = c.withAsOf(asOf);
        List<Result> results = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (PolicyPackage p : packages) {
            try {
                results.add(engine.evaluate(c, p));
            } catch (InvalidCaseException e) {
                for (Problem q : e.problems()) problems.add(new Problem(q.path(), q.message() + " (enligt / under " + p.id() + ")"));
            }
        }
        if (!problems.isEmpty()) throw ApiProblem.invalidInput(problems);
        return Comparisons.compare(c, ids, results);
    }

    private static String format(Context ctx) {
        String f = ctx.queryParam("format");
        if (f == null || f.equals("json")) return "json";
        if (f.equals("html")) return "html";
        throw ApiProblem.badRequest("format", "json eller html väntades, inte / expected json or html, not " + f);
    }

    // ---- diff ----------------------------------------------------------------------------------------

    private void diff(Context ctx) throws Exception {
        String format = format(ctx);
        PolicyPackage from, to;
        if (ctx.method().name().equals("GET")) {
            String f = ctx.queryParam("from"), t = ctx.queryParam("to");
            if (f == null || t == null) throw ApiProblem.badRequest(f == null ? "from" : "to", "krävs / is required");
            from = installed(f, "from");
            to = installed(t, "to");
        } else {
            requireJson(mediaType(ctx));
            JsonNode req = tree(body(ctx, MAX_ENVELOPE_BYTES));
            if (!req.has("from") || !req.has("to")) throw ApiProblem.badRequest(req.has("from") ? "$.to" : "$.from", "krävs / is required");
            from = version(req.get("from"), "$.from");
            to = version(req.get("to"), "$.to");
        }
        PolicyDiff d = timed(() -> new PolicyDiffs(engine).diff(from, to));
        if (format.equals("html")) {
            StringWriter page = new StringWriter();
            Reports.diffHtml(new PrintWriter(page), d, List.of(from, to));
            send(ctx, HTML, page.toString());
        } else {
            send(ctx, JSON, engine.toJson(d, false));
        }
    }

    // ---- replay --------------------------------------------------------------------------------------

    private void replay(Context ctx) throws Exception {
        String type = mediaType(ctx);
        if (!jsonLines(type) && !type.equals(JSON)) throw ApiProblem.unsupportedMediaType(type, JSON_LINES + " or " + JSON);
        byte[] body = body(ctx, MAX_BATCH_BYTES);
        List<Reports.Line> lines = type.equals(JSON)
                ? List.of(body.length > Limits.MAX_DOCUMENT_BYTES ? new Reports.Line(1, null, "the line is longer than")
                        : new Reports.Line(1, new String(body, StandardCharsets.UTF_8), null))
                : Reports.allLines(new ByteArrayInputStream(body));
        if (type.equals(JSON) && lines.get(0).text() == null) throw ApiProblem.tooLarge("$", Limits.MAX_DOCUMENT_BYTES);
        String answer = timed(() -> {
            long passed = 0, failed = 0, invalid = 0;
            ArrayNode disagreements = mapper.createArrayNode(), problems = mapper.createArrayNode();
            for (Reports.Line line : lines) {
                if (Thread.interrupted()) throw ApiProblem.timeLimit(options.timeLimit().toSeconds());
                if (line.text() == null) {
                    invalid++;
                    problems.addObject().put("line", line.number()).setAll(problemJson(line.problem().startsWith("the line is longer")
                            ? ApiProblem.tooLarge("$", Limits.MAX_DOCUMENT_BYTES) : ApiProblem.invalidInput(List.of(new Problem("$", line.problem())))));
                    continue;
                }
                Reports.Replayed r = Reports.replay(engine, line.text());
                if (r.problems() != null) {
                    invalid++;
                    List<Problem> ps = r.problems().stream().map(PolicyServer::problemOf).toList();
                    problems.addObject().put("line", line.number()).setAll(problemJson(ApiProblem.invalidInput(ps)));
                } else if (r.disagreements().isEmpty()) {
                    passed++;
                } else {
                    failed++;
                    for (Disagreement d : r.disagreements()) {
                        ObjectNode o = disagreements.addObject();
                        o.put("line", line.number());
                        o.put("case", r.caseName());
                        o.put("kind", d.kind().name());
                        o.put("field", d.field());
                        o.put("item", d.item());
                        o.put("recorded", d.recorded());
                        o.put("now", d.now());
                        o.put("description", d.describe());
                    }
                }
            }
            ObjectNode o = mapper.createObjectNode();
            o.put("passed", passed).put("failed", failed).put("invalid", invalid);
            o.set("disagreements", disagreements);
            o.set("problems", problems);
            return o.toString();
        });
        send(ctx, JSON, answer);
    }

    /** A problem of the command line's "path: message" form. */
    static Problem problemOf(String line) {
        int i = line.indexOf(": ");
        return i < 0 ? new Problem("$", line) : new Problem(line.substring(0, i), line.substring(i + 2));
    }

    // ---- corpus --------------------------------------------------------------------------------------

    private void corpus(Context ctx) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", options.corpus().name());
        o.put("cases", options.corpus().entries().size());
        ObjectNode per = o.putObject("municipalities");
        for (Corpus.Entry e : options.corpus().entries()) {
            String m = e.municipality() == null ? "" : e.municipality();
            per.put(m, per.path(m).asInt(0) + 1);
        }
        send(ctx, JSON, o.toString());
    }

    /** The server's options (tests). */
    Options options() { return options; }
}
