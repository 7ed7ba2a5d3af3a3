package se.integration.policy.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.integration.policy.cli.Reports;
import se.integration.policy.core.replay.Replay;

/**
 * The cases the workbench compares by default: every case in a folder's {@code .json} files and, from
 * its {@code .jsonl} files, every case line and the case of every recorded decision. Read once when the
 * server starts. The default is the project's bundled examples ({@code examples/}, packed into the jar).
 */
public final class Corpus {
    /** One case: where it came from (file, file:line) and its JSON text. */
    public record Entry(String where, String municipality, String json) {}

    private final String name;
    private final List<Entry> entries;

    private Corpus(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    public String name() { return name; }

    public List<Entry> entries() { return entries; }

    /** The cases of one municipality (the workbench compares versions of one municipality). */
    public List<Entry> of(String municipality) {
        return entries.stream().filter(e -> municipality.equals(e.municipality())).toList();
    }

    static final String BUNDLED = "se/integration/policy/server/examples";

    /** The bundled examples. */
    public static Corpus bundled() {
        URL url = Corpus.class.getClassLoader().getResource(BUNDLED);
        if (url == null) return new Corpus("examples", List.of());
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return read("examples", fs.getPath(BUNDLED));
                }
            }
            return read("examples", Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("the bundled examples could not be read", e);
        }
    }

    /** The cases in a folder (and its subfolders), files in name order. */
    public static Corpus folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": ingen katalog / not a directory");
        return read(dir.toString(), dir);
    }

    private static Corpus read(String name, Path dir) throws IOException {
        ObjectMapper mapper = JsonInput.strict(null);
        List<Entry> entries = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        for (Path f : files) {
            String where = dir.relativize(f).toString();
            if (f.toString().endsWith(".json")) {
                add(entries, mapper, where, Files.readString(f, StandardCharsets.UTF_8));
            } else {
                try (InputStream in = Files.newInputStream(f)) {
                    for (Reports.Line line : Reports.allLines(in)) {
                        if (line.text() != null) add(entries, mapper, where + ":" + line.number(), line.text());
                    }
                }
            }
        }
        return new Corpus(name, entries);
    }

    private static void add(List<Entry> entries, ObjectMapper mapper, String where, String text) {
        JsonNode node;
        Replay.Document what;
        try {
            what = Replay.classify(text);
            node = mapper.readTree(text);
        } catch (IOException | RuntimeException e) {
            return; // not JSON: not a case of the corpus (the server reports cases it is sent, not its own files)
        }
        JsonNode c = switch (what) {
            case CASE -> node;
            case RECORDED_DECISION -> node.get("case");
            default -> null;
        };
        if (c == null || !c.isObject()) return;
        JsonNode m = c.get("municipality");
        entries.add(new Entry(where, m == null ? null : m.asText(), c.toString()));
    }
}
