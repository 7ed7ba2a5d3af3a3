package se.integration.policy.core.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicyPackageException;
import se.integration.policy.core.analysis.PolicyDiff.Topic;
import se.integration.policy.core.facts.*;

/**
 * What each of a package's own rules is about ({@link Topic}), so that {@code policy diff} can list a
 * rule change beside the parameter changes of the same question. In this order:
 *
 * <ol>
 *   <li>the rule's {@code @topic(...)} metadata, where it has one (a {@link Topic} name; any other
 *       value is a defect of the package);</li>
 *   <li>what the rule's consequence inserts, read from the rule's DRL text (the package's KJAR carries
 *       its {@code .drl} files beside the executable model): a {@link PriorityFactor} is
 *       {@code PRIORITY}; a {@link DecidingAuthority} or {@link UrgentRoute} {@code DECISION}; a
 *       {@link Consultation} {@code CONSULTATIONS}; a {@link PreparedBy} or {@link ApplicantMeeting}
 *       {@code PREPARATION}; a {@link DueObligation} {@code DUTIES_AND_DEADLINES}; a
 *       {@link RepaymentGround} {@code REPAYMENT}; a {@link RaisedFinding} that makes the case
 *       ineligible ({@code ineligible(...)}, {@code makingIneligible()}) {@code ELIGIBILITY} (the
 *       first of these in this order wins);</li>
 *   <li>for a rule that only classifies (inserts facts of the package's own), the topic of the
 *       package's rules that match what it inserts;</li>
 *   <li>the outcomes and the core's parameter types its conditions match (a rule that matches
 *       {@code Encouragement} is about priority, one that matches a {@code DueObligation} about duties);</li>
 *   <li>otherwise {@code OTHER}, and {@code OTHER} for every rule whose DRL text is not on the
 *       package's class path.</li>
 * </ol>
 */
final class RuleTopics {
    private RuleTopics() {}

    /** The outcome types a consequence may insert, by what they decide, in the order they are looked for. */
    private static final Map<String, Topic> OUTCOMES = new LinkedHashMap<>();
    static {
        OUTCOMES.put(PriorityFactor.class.getSimpleName(), Topic.PRIORITY);
        OUTCOMES.put(DecidingAuthority.class.getSimpleName(), Topic.DECISION);
        OUTCOMES.put(UrgentRoute.class.getSimpleName(), Topic.DECISION);
        OUTCOMES.put(Consultation.class.getSimpleName(), Topic.CONSULTATIONS);
        OUTCOMES.put(PreparedBy.class.getSimpleName(), Topic.PREPARATION);
        OUTCOMES.put(ApplicantMeeting.class.getSimpleName(), Topic.PREPARATION);
        OUTCOMES.put(DueObligation.class.getSimpleName(), Topic.DUTIES_AND_DEADLINES);
        OUTCOMES.put(RepaymentGround.class.getSimpleName(), Topic.REPAYMENT);
    }

    /** The core's parameter types, by simple name (the list the parameters files are read with). */
    private static final Map<String, Class<?>> PARAMETERS = new LinkedHashMap<>();
    static {
        for (Class<?> c : se.integration.policy.core.DefinitionReader.CORE_TYPES) PARAMETERS.put(c.getSimpleName(), c);
    }

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b"), THEN = Pattern.compile("(?m)^\\s*then\\b"),
            END = Pattern.compile("(?m)^\\s*end\\s*$");
    private static final Pattern INSERT = Pattern.compile("\\binsert(?:Logical)?\\s*\\(\\s*(?:new\\s+)?([A-Z]\\w*)");
    private static final Pattern PATTERN_TYPE = Pattern.compile("(?<![.\\w$])([A-Z]\\w*)\\s*\\(");

    /** One rule as its DRL text has it: its conditions, and what its consequence inserts. */
    record Parsed(String name, String when, String then) {
        /** The simple names of the types the consequence inserts, in order, with whether each insert makes the case ineligible. */
        List<Inserted> inserts() {
            List<Inserted> out = new ArrayList<>();
            Matcher m = INSERT.matcher(then);
            while (m.find()) {
                int end = then.indexOf(';', m.end());
                String statement = then.substring(m.start(), end < 0 ? then.length() : end);
                out.add(new Inserted(m.group(1), statement.contains("ineligible(") || statement.contains("makingIneligible(")));
            }
            return out;
        }

        /** The simple names of the types the conditions match. */
        Set<String> matches() {
            Set<String> out = new LinkedHashSet<>();
            Matcher m = PATTERN_TYPE.matcher(when);
            while (m.find()) out.add(m.group(1));
            return out;
        }
    }

    record Inserted(String type, boolean ineligible) {}

    /** The topic of each of the package's own rules in {@code kp}, by rule name. */
    static Map<String, Topic> of(PolicyPackage p, KiePackage kp) {
        Map<String, Parsed> parsed = new LinkedHashMap<>();
        for (String text : drlTexts(p.classLoader(), kp.getName())) for (Parsed r : parse(text)) parsed.put(r.name(), r);
        Map<String, Topic> out = new LinkedHashMap<>();
        for (Rule r : kp.getRules()) out.put(r.getName(), topic(p.id(), r.getName(), r.getMetaData().get("topic"), parsed));
        return out;
    }

    /** The topic of one rule, from its metadata or from the parsed rules of its package. */
    static Topic topic(String packageId, String name, Object metadata, Map<String, Parsed> parsed) {
        if (metadata != null) {
            String t = metadata.toString().strip().toUpperCase(Locale.ROOT);
            for (Topic topic : Topic.values()) if (topic.name().equals(t)) return topic;
            throw new PolicyPackageException(packageId + ": regeln \"" + name + "\" har @topic(" + metadata + "), inget av " + List.of(Topic.values())
                    + " / the rule \"" + name + "\" has @topic(" + metadata + "), none of " + List.of(Topic.values()));
        }
        Topic t = derived(name, parsed, new HashSet<>());
        return t == null ? Topic.OTHER : t;
    }

    private static Topic derived(String name, Map<String, Parsed> parsed, Set<String> seen) {
        Parsed r = parsed.get(name);
        if (r == null || !seen.add(name)) return null;
        List<Inserted> inserts = r.inserts();
        Topic t = fromOutcomes(inserts.stream().map(Inserted::type).toList(), inserts.stream().anyMatch(Inserted::ineligible));
        if (t != null) return t;
        // a classification: about what the rules that match its facts are about
        Set<String> own = new LinkedHashSet<>();
        for (Inserted i : inserts) if (!OUTCOMES.containsKey(i.type()) && !i.type().equals(RaisedFinding.class.getSimpleName())) own.add(i.type());
        List<Topic> consumers = new ArrayList<>();
        for (Parsed other : parsed.values()) {
            if (other.name().equals(name) || other.matches().stream().noneMatch(own::contains)) continue;
            Topic c = derived(other.name(), parsed, new HashSet<>(seen));
            if (c != null) consumers.add(c);
        }
        if (!consumers.isEmpty()) return first(consumers);
        // what it reads: the outcomes and the parameters its conditions match
        List<Topic> read = new ArrayList<>();
        for (String type : r.matches()) {
            if (OUTCOMES.containsKey(type)) read.add(OUTCOMES.get(type));
            else if (PARAMETERS.containsKey(type)) {
                Topic p = PolicyDiffs.topic(PARAMETERS.get(type));
                if (p != Topic.OTHER) read.add(p);
            }
        }
        return read.isEmpty() ? null : first(read);
    }

    private static Topic fromOutcomes(List<String> types, boolean ineligible) {
        Topic best = null;
        int bestRank = Integer.MAX_VALUE;
        List<String> order = new ArrayList<>(OUTCOMES.keySet());
        for (String type : types) {
            int rank = order.indexOf(type);
            if (rank >= 0 && rank < bestRank) {
                bestRank = rank;
                best = OUTCOMES.get(type);
            }
        }
        if (best != null) return best;
        return ineligible ? Topic.ELIGIBILITY : null;
    }

    /** The first in the order of {@link Topic}. */
    private static Topic first(List<Topic> topics) {
        return topics.stream().min(Enum::compareTo).orElseThrow();
    }

    /** The rules of one DRL text, comments left out. */
    static List<Parsed> parse(String drl) {
        String text = withoutComments(drl);
        List<Parsed> out = new ArrayList<>();
        Matcher m = RULE.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            names.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i)[1], to = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String body = text.substring(from, to);
            Matcher w = WHEN.matcher(body), t = THEN.matcher(body);
            if (!w.find() || !t.find(w.end())) continue;
            int end = t.end(), stop = body.length();
            Matcher e = END.matcher(body);
            while (e.find(end)) {
                stop = e.start();
                end = e.end();
            }
            out.add(new Parsed(names.get(i), body.substring(w.end(), t.start()), body.substring(t.end(), Math.max(t.end(), stop))));
        }
        return out;
    }

    /** The text without {@code //} and {@code /* *}{@code /} comments (string literals kept as they are). */
    static String withoutComments(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < n && s.charAt(j) != '"' && s.charAt(j) != '\n') j += s.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(j + 1, n);
                sb.append(s, i, j);
                i = j;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int j = s.indexOf("*/", i + 2);
                i = j < 0 ? n : j + 2;
                sb.append(' ');
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /**
     * The texts of the {@code .drl} files in the folder of a DRL package on the class path (empty
     * where there are none: a package may be installed without its sources). Synchronised: a jar's
     * file system opened here is closed here, and no other caller's is closed under it.
     */
    static synchronized List<String> drlTexts(ClassLoader loader, String drlPackage) {
        String folder = drlPackage.replace('.', '/');
        List<String> texts = new ArrayList<>();
        try {
            for (URL url : java.util.Collections.list(loader.getResources(folder))) {
                String u = url.toString();
                if (url.getProtocol().equals("jar")) {
                    int bang = u.indexOf("!/");
                    if (bang < 0) continue;
                    URI jar = URI.create(u.substring(0, bang));
                    FileSystem fs;
                    boolean close = false;
                    try {
                        fs = FileSystems.newFileSystem(jar, Map.of());
                        close = true;
                    } catch (FileSystemAlreadyExistsException e) {
                        fs = FileSystems.getFileSystem(jar);
                    }
                    try {
                        texts.addAll(read(loader, folder, fs.getPath(folder)));
                    } finally {
                        if (close) fs.close();
                    }
                } else if (url.getProtocol().equals("file")) {
                    texts.addAll(read(loader, folder, Path.of(URI.create(u))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the rules of " + drlPackage, e);
        }
        return texts;
    }

    /** The .drl files the folder lists, each read through the class loader (one that hides them gives none). */
    private static List<String> read(ClassLoader loader, String folder, Path listing) throws IOException {
        if (!Files.isDirectory(listing)) return List.of();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(listing)) {
            for (String name : files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".drl")).sorted().toList()) {
                try (InputStream in = loader.getResourceAsStream(folder + "/" + name)) {
                    if (in != null) texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }
}
