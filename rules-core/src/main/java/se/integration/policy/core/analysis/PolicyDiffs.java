package se.integration.policy.core.analysis;

import se.integration.policy.core.internal.engine.EngineAccess;
import se.integration.policy.core.internal.read.JsonPlain;
import se.integration.policy.core.internal.engine.Evaluator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import se.integration.policy.core.Assumption;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.SourceText;
import se.integration.policy.core.internal.engine.RuleBases;
import se.integration.policy.core.facts.*;
import se.integration.policy.core.analysis.PolicyDiff.*;

/**
 * Computes a {@link PolicyDiff} between two versions from what the packages hold, never from
 * hand-written text:
 *
 * <pre>{@code
 * PolicyDiff d = new PolicyDiffs(engine).diff("jonkoping-2013", "jonkoping-2023");
 * d.parameter("AuthorityBand", "band/above").after("authority");   // who decides above the threshold now
 * }</pre>
 *
 * <ul>
 *   <li>parameters: entries of the same type (the {@code "fact"} name) are paired by
 *       {@link ParameterFact#identity()} (the n-th entry with an identity in one version with the n-th
 *       in the other); every other field except the citation id is compared, and where all are equal
 *       the quotes the two cite are compared ({@link #sameWords}): other words make the pair
 *       {@code CHANGED} with {@code changed: ["wording"]} ({@link PolicyDiff#WORDING});</li>
 *   <li>rules: each package's own rules (not the core's shared sets) are paired by rule name and
 *       compared by the quote their {@code @cite} names, as parameters are (a rule quoting the same words
 *       under a renamed section is kept); each change has the {@link PolicyDiff.Topic} of the rule
 *       (its {@code @topic}, or derived from what it inserts: see {@link RuleTopics});</li>
 *   <li>shared rule sets: which each includes;</li>
 *   <li>metadata (validity, document type, title, source, adoption, kinds, municipality) and
 *       assumptions (by id).</li>
 * </ul>
 *
 * Versions of different municipalities may be diffed; the diff then carries a warning. Thread-safe.
 */
public final class PolicyDiffs {
    private final PolicyEngine engine;
    private final ObjectMapper mapper;

    /**
     * Diffs of the versions this engine knows.
     *
     * @param engine the engine
     * @throws NullPointerException if {@code engine} is {@code null}
     */
    public PolicyDiffs(PolicyEngine engine) {
        this.engine = engine;
        this.mapper = EngineAccess.resultMapper(engine);
    }

    /**
     * What changed between two versions, by id (drafts made known to the engine included).
     *
     * @param fromId the older version's id
     * @param toId the newer version's id
     * @return the diff
     * @throws se.integration.policy.core.PolicySelectionException for an unknown id
     */
    public PolicyDiff diff(String fromId, String toId) {
        return diff(engine.policy(fromId), engine.policy(toId));
    }

    /**
     * What changed between two packages.
     *
     * @param a the older version
     * @param b the newer version
     * @return the diff
     * @throws NullPointerException if {@code a} or {@code b} is {@code null}
     */
    public PolicyDiff diff(PolicyPackage a, PolicyPackage b) {
        PolicyDefinition da = a.definition(), db = b.definition();
        List<String> warnings = new ArrayList<>();
        boolean same = da.municipality() == db.municipality();
        if (!same) {
            String which = " (" + da.municipality().id() + ", " + db.municipality().id() + ")";
            warnings.add(da.id() + " och " + db.id() + " är versioner för olika kommuner" + which
                    + "; parametrarna paras ändå ihop efter vad de gäller / " + da.id() + " and " + db.id()
                    + " are versions of different municipalities" + which + ": their parameters are paired by what they are about all the same");
        }
        if (da.id().equals(db.id())) warnings.add("båda sidor är / both sides are " + da.id());
        List<Change> params = new ArrayList<>();
        int unchanged = parameters(da, db, params);
        List<RuleChange> rules = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        rules(a, b, rules, kept);
        Set<String> common = new LinkedHashSet<>(da.sharedRules());
        common.retainAll(db.sharedRules());
        List<String> onlyFrom = da.sharedRules().stream().filter(s -> !db.sharedRules().contains(s)).toList();
        List<String> onlyTo = db.sharedRules().stream().filter(s -> !da.sharedRules().contains(s)).toList();
        return new PolicyDiff(da.ref(), db.ref(), same, warnings, metadata(da, db), assumptions(da, db), params, unchanged,
                rules, kept, new SharedRules(da.sharedRules(), db.sharedRules(), List.copyOf(common), onlyFrom, onlyTo));
    }

    /**
     * {@return what a parameter type is about}
     *
     * @param type the parameter type
     */
    public static Topic topic(Class<?> type) {
        if (type == ExcludedApplicant.class || type == TimeLimitRequirement.class) return Topic.ELIGIBILITY;
        if (type == HeadingRequirement.class) return Topic.HEADINGS;
        if (type == AttachmentRequirement.class || type == SignatoryRequirement.class) return Topic.ATTACHMENTS_AND_SIGNATURE;
        if (type == PriorityArea.class || type == Encouragement.class) return Topic.PRIORITY;
        if (type == AuthorityBand.class || type == UrgentAuthority.class) return Topic.DECISION;
        if (type == ConsultationRequirement.class) return Topic.CONSULTATIONS;
        if (type == Preparer.class || type == ApplicantMeetingRequirement.class) return Topic.PREPARATION;
        if (type == Duty.class || type == ReportDeadline.class || type == InterimReporting.class) return Topic.DUTIES_AND_DEADLINES;
        if (type == RepaymentCondition.class) return Topic.REPAYMENT;
        if (type == FocusArea.class) return Topic.FOCUS_AREAS;
        if (type == RevisionDue.class) return Topic.REVISION;
        return Topic.OTHER;
    }

    private List<FieldChange> metadata(PolicyDefinition a, PolicyDefinition b) {
        List<FieldChange> out = new ArrayList<>();
        field(out, "municipality", a.municipality().id(), b.municipality().id());
        field(out, "title", a.title(), b.title());
        field(out, "documentType", a.documentType(), b.documentType());
        field(out, "kinds", a.kinds(), b.kinds());
        field(out, "source", a.source(), b.source());
        field(out, "sourceTitle", a.documentTitle(), b.documentTitle());
        field(out, "adopted", a.adopted(), b.adopted());
        field(out, "validFrom", a.validFrom(), b.validFrom());
        field(out, "validTo", a.validTo(), b.validTo());
        field(out, "taxonomy", a.taxonomy(), b.taxonomy());
        return out;
    }

    private void field(List<FieldChange> out, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) out.add(new FieldChange(name, JsonPlain.plain(mapper.valueToTree(a)), JsonPlain.plain(mapper.valueToTree(b))));
    }

    private static List<AssumptionChange> assumptions(PolicyDefinition a, PolicyDefinition b) {
        Map<String, Assumption> ma = new LinkedHashMap<>(), mb = new LinkedHashMap<>();
        a.assumptions().forEach(x -> ma.put(x.id(), x));
        b.assumptions().forEach(x -> mb.put(x.id(), x));
        List<AssumptionChange> out = new ArrayList<>();
        ma.forEach((id, x) -> {
            Assumption y = mb.get(id);
            if (y == null) out.add(new AssumptionChange(Kind.REMOVED, id, x, null));
            else if (!x.equals(y)) out.add(new AssumptionChange(Kind.CHANGED, id, x, y));
        });
        mb.forEach((id, y) -> { if (!ma.containsKey(id)) out.add(new AssumptionChange(Kind.ADDED, id, null, y)); });
        return out;
    }

    /**
     * Pairs and compares the parameters; returns how many pairs are equal. {@code Term}s (the labels of a version's
     * headings, attachments, ...) are left out: the requirements that name their keys are compared.
     */
    private int parameters(PolicyDefinition da, PolicyDefinition db, List<Change> out) {
        Map<String, List<ParameterFact>> ga = group(da.parameters()), gb = group(db.parameters());
        int unchanged = 0;
        for (Map.Entry<String, List<ParameterFact>> e : ga.entrySet()) {
            List<ParameterFact> as = e.getValue(), bs = gb.getOrDefault(e.getKey(), List.of());
            for (int i = 0; i < as.size(); i++) {
                ParameterFact pa = as.get(i);
                if (i >= bs.size()) {
                    out.add(change(Kind.REMOVED, pa, null, fields(pa), null, List.of(), da, db));
                    continue;
                }
                ParameterFact pb = bs.get(i);
                Map<String, Object> fa = fields(pa), fb = fields(pb);
                List<String> changed = new ArrayList<>();
                Set<String> names = new LinkedHashSet<>(fa.keySet());
                names.addAll(fb.keySet());
                for (String n : names) if (!Objects.equals(fa.get(n), fb.get(n))) changed.add(n);
                if (changed.isEmpty() && !sameWords(cited(da, pa.cite()), cited(db, pb.cite()))) changed.add(PolicyDiff.WORDING);
                if (changed.isEmpty()) unchanged++;
                else out.add(change(Kind.CHANGED, pa, pb, fa, fb, changed, da, db));
            }
        }
        for (Map.Entry<String, List<ParameterFact>> e : gb.entrySet()) {
            List<ParameterFact> as = ga.getOrDefault(e.getKey(), List.of()), bs = e.getValue();
            for (int i = as.size(); i < bs.size(); i++) out.add(change(Kind.ADDED, null, bs.get(i), null, fields(bs.get(i)), List.of(), da, db));
        }
        return unchanged;
    }

    private static Change change(Kind kind, ParameterFact a, ParameterFact b, Map<String, Object> fa, Map<String, Object> fb,
                                 List<String> changed, PolicyDefinition da, PolicyDefinition db) {
        ParameterFact any = a != null ? a : b;
        return new Change(kind, topic(any.getClass()), any.getClass().getSimpleName(), any.identity(), List.copyOf(changed), fa, fb,
                a == null ? null : cited(da, a.cite()), b == null ? null : cited(db, b.cite()));
    }

    private static Map<String, List<ParameterFact>> group(List<ParameterFact> params) {
        Map<String, List<ParameterFact>> m = new LinkedHashMap<>();
        for (ParameterFact p : params) {
            // a term is how the version names a key (its labels); the requirements naming the key are what changes a judgement
            if (p instanceof se.integration.policy.core.facts.Term) continue;
            m.computeIfAbsent(p.getClass().getSimpleName() + "\u0000" + p.identity(), k -> new ArrayList<>()).add(p);
        }
        return m;
    }

    private Map<String, Object> fields(ParameterFact p) {
        JsonNode tree = mapper.valueToTree(p);
        Map<String, Object> m = new LinkedHashMap<>();
        if (tree instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("fact") && !e.getKey().equals("cite")) m.put(e.getKey(), JsonPlain.plain(e.getValue()));
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    static Cited cited(PolicyDefinition d, String id) {
        if (id == null) return null;
        SourceText s = d.sources().get(id);
        return s == null ? new Cited(id, d.source(), d.documentTitle(), null, null)
                : new Cited(id, s.document() != null ? s.document() : d.source(), s.title() != null ? s.title() : d.documentTitle(),
                        s.section(), s.quote());
    }

    private void rules(PolicyPackage a, PolicyPackage b, List<RuleChange> out, List<String> kept) {
        Map<String, Topic> ta = new LinkedHashMap<>(), tb = new LinkedHashMap<>();
        Map<String, RuleInfo> ra = ownRules(a, ta), rb = ownRules(b, tb);
        ra.forEach((name, x) -> {
            RuleInfo y = rb.get(name);
            if (y == null) out.add(new RuleChange(Kind.REMOVED, ta.get(name), name, x, null));
            else if (!sameWords(x.cite(), y.cite())) out.add(new RuleChange(Kind.CHANGED, tb.get(name), name, x, y));
            else kept.add(name);
        });
        rb.forEach((name, y) -> { if (!ra.containsKey(name)) out.add(new RuleChange(Kind.ADDED, tb.get(name), name, null, y)); });
    }

    /**
     * Whether two citations quote the same words: equal once case, white space (runs of it, and any
     * beside a punctuation mark: {@code "verksamheten/ budget"} and {@code "verksamheten/budget"}) and
     * the final punctuation are left out of account ({@code "Budget."} and {@code "budget"} are the same
     * words; a renamed section heading around the same sentence is no change). No citation on either
     * side is the same only as none on the other.
     *
     * @param x one citation, or {@code null}
     * @param y the other, or {@code null}
     * @return {@code true} if they quote the same words
     */
    public static boolean sameWords(Cited x, Cited y) {
        if (x == null || y == null) return x == y;
        return Objects.equals(normalised(x.quote()), normalised(y.quote()));
    }

    /** A quote as {@link #sameWords} compares it. */
    static String normalised(String quote) {
        if (quote == null) return null;
        String s = quote.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
        s = s.replaceAll(" ?([^\\p{L}\\p{N} ]) ?", "$1");
        return s.replaceAll("[.,;:!?…]+$", "");
    }

    /** A package's own rules (not the core's shared sets), by name, in name order; each rule's topic into {@code topics}. */
    private Map<String, RuleInfo> ownRules(PolicyPackage p, Map<String, Topic> topics) {
        Map<String, RuleInfo> m = new java.util.TreeMap<>();
        for (KiePackage kp : Evaluator.of(engine).kieBase(p).getKiePackages()) {
            if (kp.getName().startsWith(RuleBases.SHARED_PACKAGE_PREFIX)) continue;
            topics.putAll(RuleTopics.of(p, kp));
            for (Rule r : kp.getRules()) {
                Object cite = r.getMetaData().get("cite");
                m.put(r.getName(), new RuleInfo(r.getName(), kp.getName(), cite == null ? null : cited(p.definition(), cite.toString())));
            }
        }
        return m;
    }
}
