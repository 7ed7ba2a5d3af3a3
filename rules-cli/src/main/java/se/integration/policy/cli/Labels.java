package se.integration.policy.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicyRegistry;
import se.integration.policy.core.analysis.ImpactSummary;
import se.integration.policy.core.analysis.PolicyDiff;
import se.integration.policy.core.analysis.Row;

/**
 * Swedish labels with English beside them, for what the reports show: the fields and topics, and the
 * codes in the values (severities, statuses, conditions, authorities, parties, officials, applicant
 * categories, heading and attachment keys, parameter types and their fields). A code is looked up as
 * {@code label.<CODE>} (and a status as {@code status.<STATUS>}) in the message bundles of the
 * packages in play and of the core, the same texts the messages use; codes no bundle has a label for
 * are labelled here ({@link #BUILT_IN}). Machine-readable output (JSON) keeps the codes.
 */
final class Labels {
    /** A label in Swedish and English. */
    record Label(String sv, String en) {
        /** {@code "sv / en"}, or the one text where both are the same (a place name). */
        String text() { return sv.equals(en) ? sv : sv + " / " + en; }
    }

    private static final Map<String, Label> FIELDS = Map.ofEntries(
            Map.entry(Row.ELIGIBLE, new Label("stödberättigad", "eligible")),
            Map.entry(Row.COMPLETE, new Label("komplett", "complete")),
            Map.entry(Row.AUTHORITY, new Label("beslutar", "decides")),
            Map.entry(Row.CONSULTATIONS, new Label("samråd", "consulted")),
            Map.entry(Row.PREPARED_BY, new Label("bereds av", "prepared by")),
            Map.entry(Row.MEETING, new Label("möte med sökande", "meets the applicant")),
            Map.entry(Row.PRIORITY, new Label("prioritet", "priority")),
            Map.entry(Row.REPAYMENT, new Label("återbetalning", "repayment")),
            Map.entry(Row.FINDINGS, new Label("iakttagelse", "finding")),
            Map.entry(Row.OBLIGATIONS, new Label("skyldighet", "obligation")));

    private static final Map<PolicyDiff.Topic, Label> TOPICS = Map.ofEntries(
            Map.entry(PolicyDiff.Topic.ELIGIBILITY, new Label("Vem som kan beviljas", "Who can be granted")),
            Map.entry(PolicyDiff.Topic.HEADINGS, new Label("Rubriker i ansökan", "Headings of the application")),
            Map.entry(PolicyDiff.Topic.ATTACHMENTS_AND_SIGNATURE, new Label("Bilagor och underskrift", "Attachments and signature")),
            Map.entry(PolicyDiff.Topic.PRIORITY, new Label("Prioritet", "Priority")),
            Map.entry(PolicyDiff.Topic.DECISION, new Label("Beslut och beloppsgränser", "Who decides, and thresholds")),
            Map.entry(PolicyDiff.Topic.CONSULTATIONS, new Label("Samråd", "Consultations")),
            Map.entry(PolicyDiff.Topic.PREPARATION, new Label("Beredning", "Preparation")),
            Map.entry(PolicyDiff.Topic.DUTIES_AND_DEADLINES, new Label("Skyldigheter och tidsfrister", "Duties and deadlines")),
            Map.entry(PolicyDiff.Topic.REPAYMENT, new Label("Återbetalning", "Repayment")),
            Map.entry(PolicyDiff.Topic.FOCUS_AREAS, new Label("Fokusområden", "Focus areas")),
            Map.entry(PolicyDiff.Topic.REVISION, new Label("Revision", "Revision")),
            Map.entry(PolicyDiff.Topic.OTHER, new Label("Övrigt", "Other")));

    /** The core's parameter types, as the diff names them ({@code "fact"} in the parameters files). */
    private static final Map<String, Label> TYPES = Map.ofEntries(
            Map.entry("ExcludedApplicant", new Label("sökande som inte beviljas", "applicant not granted")),
            Map.entry("TimeLimitRequirement", new Label("tidsbegränsning", "time limit")),
            Map.entry("HeadingRequirement", new Label("rubrik", "heading")),
            Map.entry("AttachmentRequirement", new Label("bilaga", "attachment")),
            Map.entry("SignatoryRequirement", new Label("undertecknare", "signatory")),
            Map.entry("PriorityArea", new Label("prioriterat område", "priority area")),
            Map.entry("Encouragement", new Label("uppmuntrad insats", "encouraged effort")),
            Map.entry("AuthorityBand", new Label("beslutsgräns", "authority band")),
            Map.entry("UrgentAuthority", new Label("beslut i brådskande fall", "urgent-case authority")),
            Map.entry("ConsultationRequirement", new Label("samråd", "consultation")),
            Map.entry("Preparer", new Label("beredning", "preparation")),
            Map.entry("ApplicantMeetingRequirement", new Label("möte med sökande", "meeting with the applicant")),
            Map.entry("Duty", new Label("skyldighet", "duty")),
            Map.entry("ReportDeadline", new Label("tidsfrist för rapport", "report deadline")),
            Map.entry("InterimReporting", new Label("delrapportering", "interim reporting")),
            Map.entry("RepaymentCondition", new Label("grund för återbetalning", "ground for repayment")),
            Map.entry("FocusArea", new Label("fokusområde", "focus area")),
            Map.entry("RevisionDue", new Label("revision", "revision")));

    /** The fields of the parameters and of the packages' metadata. */
    private static final Map<String, Label> PARAMETER_FIELDS = Map.ofEntries(
            Map.entry("category", new Label("sökandekategori", "applicant category")),
            Map.entry("key", new Label("nyckel", "key")),
            Map.entry("required", new Label("obligatorisk", "required")),
            Map.entry("authority", new Label("beslutar", "decides")),
            Map.entry("fromAmount", new Label("från belopp", "from amount")),
            Map.entry("toAmount", new Label("till och med belopp", "up to amount")),
            Map.entry("aboveAmount", new Label("över belopp", "above amount")),
            Map.entry("party", new Label("part", "party")),
            Map.entry("condition", new Label("villkor", "condition")),
            Map.entry("official", new Label("tjänsteperson", "official")),
            Map.entry("code", new Label("kod", "code")),
            Map.entry("appliesTo", new Label("gäller", "applies to")),
            Map.entry("advisory", new Label("rekommendation", "advisory")),
            Map.entry("effort", new Label("insats", "effort")),
            Map.entry("applicantType", new Label("sökande", "applicant type")),
            Map.entry("label", new Label("benämning", "label")),
            Map.entry("monthsBetweenPayments", new Label("månader mellan utbetalningar", "months between payments")),
            Map.entry("ground", new Label("grund", "ground")),
            Map.entry("report", new Label("rapport", "report")),
            Map.entry("monthsAfterEnd", new Label("månader efter projektets slut", "months after the project's end")),
            Map.entry("date", new Label("datum", "date")),
            Map.entry("role", new Label("roll", "role")),
            Map.entry(PolicyDiff.WORDING, new Label("formulering", "wording")),
            Map.entry("municipality", new Label("kommun", "municipality")),
            Map.entry("title", new Label("titel", "title")),
            Map.entry("documentType", new Label("dokumenttyp", "document type")),
            Map.entry("kinds", new Label("ärendeslag", "kinds of case")),
            Map.entry("source", new Label("källa", "source")),
            Map.entry("sourceTitle", new Label("källans titel", "source title")),
            Map.entry("adopted", new Label("antagen", "adopted")),
            Map.entry("validFrom", new Label("gäller från", "valid from")),
            Map.entry("validTo", new Label("gäller till och med", "valid to")),
            Map.entry("taxonomy", new Label("begrepp", "taxonomy")));

    /** The metadata fields whose values are codes, shown by their labels. */
    private static final List<String> LABELLED_METADATA = List.of("municipality", "kinds");

    /** Amount fields: shown in kronor. */
    private static final List<String> AMOUNT_FIELDS = List.of("fromAmount", "toAmount", "aboveAmount");

    private static final Map<String, Label> SEVERITIES = Map.of(
            "ERROR", new Label("fel", "error"),
            "WARNING", new Label("varning", "warning"),
            "INFO", new Label("upplysning", "information"));

    /**
     * Names that are no codes of the contract and so are in no bundle, what only these reports show: the
     * parts of the parameters' identities in the diff ({@code band/up-to}, {@code preparer}), and the
     * impact summary's {@code (others)} and {@code <date>}. The contract's codes (applicant categories,
     * consultation conditions, priority factors, kinds of case, ...) are labelled in the core's bundle, a
     * package's own codes (authorities, parties, officials) in its bundle, as its document names them.
     * (A bundle's label comes first.)
     */
    static final Map<String, Label> BUILT_IN = Map.ofEntries(
            Map.entry("up-to", new Label("till och med beloppet", "up to the amount")),
            Map.entry("above", new Label("över beloppet", "above the amount")),
            Map.entry("preparer", new Label("den som bereder", "who prepares")),
            Map.entry("meeting", new Label("möte med sökande", "meeting with the applicant")),
            Map.entry("urgent", new Label("brådskande fall", "urgent cases")),
            Map.entry("interim", new Label("delrapport", "interim report")),
            Map.entry("revision", new Label("revision", "revision")),
            Map.entry("timeLimited", new Label("tidsbegränsade projekt", "time-limited projects")),
            Map.entry(ImpactSummary.OTHERS, new Label("(övriga)", "(others)")),
            Map.entry("<date>", new Label("<datum>", "<date>")));

    static final Label YES = new Label("ja", "yes"), NO = new Label("nej", "no");

    private Labels() {}

    static Label field(String field) { return FIELDS.getOrDefault(field, new Label(field, field)); }

    static Label topic(PolicyDiff.Topic topic) { return TOPICS.get(topic); }

    /** A parameter type's label, or {@code null} for a type of a package's own. */
    static Label type(String type) { return TYPES.get(type); }

    /** A parameter or metadata field's label (the name itself where there is none). */
    static Label parameterField(String name) { return PARAMETER_FIELDS.getOrDefault(name, new Label(name, name)); }

    static String kind(PolicyDiff.Kind k) { return kindLabel(k).text(); }

    static Label kindLabel(PolicyDiff.Kind k) {
        return switch (k) {
            case ADDED -> new Label("ny", "added");
            case REMOVED -> new Label("borttagen", "removed");
            case CHANGED -> new Label("ändrad", "changed");
        };
    }

    /** What a change of a field means, where a plain "before → after" says too little. */
    static String meaning(String field, String before, String after) {
        if (field.equals("required")) {
            if ("false".equals(before) && "true".equals(after)) return "blir obligatorisk / becomes required";
            if ("true".equals(before) && "false".equals(after)) return "blir frivillig / becomes optional";
        }
        if (field.equals("advisory")) {
            if ("false".equals(before) && "true".equals(after)) return "blir en rekommendation / becomes advisory";
            if ("true".equals(before) && "false".equals(after)) return "blir ett krav / becomes a duty";
        }
        return null;
    }

    /** Text from cases or packages made safe for a terminal: {@link Escape#text}, the one escaping of every stream. */
    static String safe(Object o) { return Escape.text(o); }

    /** Amounts as Swedish officers write them, {@code 8 500 kr} (a no-break space between thousands, as the messages have it). */
    static String kronor(long amount) { return Progress.number(amount) + "\u00a0kr"; }

    /**
     * Shown text made of plain parts and labels: in a terminal each label as {@code "sv / en"}, in HTML
     * with its English in a {@code lang="en"} span.
     */
    static final class Phrase {
        private final List<Object> parts = new ArrayList<>();

        Phrase text(String s) {
            if (s != null && !s.isEmpty()) parts.add(s);
            return this;
        }

        Phrase label(Label l) {
            parts.add(l);
            return this;
        }

        /** A code by its label where it has one, else the code. */
        Phrase code(Words w, String code) {
            Label l = w.label(code);
            return l == null ? text(code) : label(l);
        }

        Phrase append(Phrase other) {
            parts.addAll(other.parts);
            return this;
        }

        boolean labelled() { return parts.stream().anyMatch(p -> p instanceof Label); }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (Object p : parts) sb.append(p instanceof Label l ? l.text() : safe(p));
            return sb.toString();
        }

        /** The whole phrase once in Swedish and once in English (the plain parts in both). */
        Label bilingual() {
            StringBuilder sv = new StringBuilder(), en = new StringBuilder();
            for (Object p : parts) {
                sv.append(p instanceof Label l ? l.sv() : safe(p));
                en.append(p instanceof Label l ? l.en() : safe(p));
            }
            return new Label(sv.toString(), en.toString());
        }

        String html() {
            StringBuilder sb = new StringBuilder();
            for (Object p : parts) {
                if (p instanceof Label l) sb.append(l.sv().equals(l.en()) ? Html.esc(l.sv()) : Html.bi(l));
                else sb.append(Html.esc(p));
            }
            return sb.toString();
        }

        @Override public String toString() { return text(); }
    }

    /**
     * The labels of the codes of some packages: each code looked up as {@code label.<CODE>} in the
     * packages' own bundles (in the order given), then in their terms (the keys their data declares), then in the
     * core's, then in {@link #BUILT_IN}.
     */
    static final class Words {
        private static final String CORE = "se.integration.policy.core.messages";
        private static final Locale SV = Locale.forLanguageTag("sv"), EN = Locale.ENGLISH;

        private record Bundles(ResourceBundle sv, ResourceBundle en) {}

        private final List<Bundles> bundles = new ArrayList<>();

        private Words(Collection<? extends PolicyPackage> packages) {
            for (PolicyPackage p : packages) {
                if (p.messageBundle() == null) continue;
                Bundles b = bundles(p.messageBundle(), p.classLoader());
                if (b != null) bundles.add(b);
            }
            // the packages' terms (headings, attachments, signatories, follow-up sections: declared in their data)
            Map<String, String> sv = new java.util.HashMap<>(), en = new java.util.HashMap<>();
            for (PolicyPackage p : packages) {
                for (se.integration.policy.core.facts.Term t : p.definition().parameters(se.integration.policy.core.facts.Term.class)) {
                    sv.putIfAbsent("label." + t.key(), t.sv());
                    en.putIfAbsent("label." + t.key(), t.en());
                }
            }
            if (!sv.isEmpty()) bundles.add(new Bundles(new TermBundle(sv), new TermBundle(en)));
            Bundles core = bundles(CORE, Labels.class.getClassLoader());
            if (core != null) bundles.add(core);
        }

        static Words of(Collection<? extends PolicyPackage> packages) { return new Words(packages); }

        /** Labels from a map, as a bundle. */
        private static final class TermBundle extends ResourceBundle {
            private final Map<String, String> labels;

            TermBundle(Map<String, String> labels) { this.labels = Map.copyOf(labels); }

            @Override protected Object handleGetObject(String key) { return labels.get(key); }

            @Override public java.util.Enumeration<String> getKeys() { return java.util.Collections.enumeration(labels.keySet()); }

            @Override protected java.util.Set<String> handleKeySet() { return labels.keySet(); }
        }

        private static Bundles bundles(String base, ClassLoader loader) {
            ResourceBundle sv = bundle(base, SV, loader), en = bundle(base, EN, loader);
            return sv == null || en == null ? null : new Bundles(sv, en);
        }

        /**
         * The bundle {@code <base>_<language>.properties} (UTF-8) read as a plain resource, as the core reads its
         * messages: no {@code ResourceBundle.Control}, which {@code ResourceBundle.getBundle} refuses in a named
         * module (the command line's jar on the module path), and no fallback to another language. {@code null}
         * where there is none.
         */
        static ResourceBundle bundle(String base, Locale locale, ClassLoader loader) {
            String resource = base.replace('.', '/') + "_" + locale.getLanguage() + ".properties";
            try (java.io.InputStream in = loader.getResourceAsStream(resource)) {
                return in == null ? null : new java.util.PropertyResourceBundle(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the label bundle " + resource, e);
            }
        }

        private Label lookup(String key) {
            for (Bundles b : bundles) {
                if (b.sv().containsKey(key) && b.en().containsKey(key)) return new Label(b.sv().getString(key), b.en().getString(key));
            }
            return null;
        }

        /** A code's label, or {@code null} where none is known. */
        Label label(String code) {
            if (code == null) return null;
            Label l = lookup("label." + code);
            return l != null ? l : BUILT_IN.get(code);
        }

        /** A code as shown in a terminal: its label, or the code. */
        String show(String code) {
            Label l = label(code);
            return l == null ? safe(code) : l.text();
        }

        /** An obligation status ({@code status.<STATUS>} in the core's bundle). */
        Label status(String status) {
            Label l = lookup("status." + status);
            return l != null ? l : new Label(status, status);
        }

        static Label severity(String severity) { return SEVERITIES.getOrDefault(severity, new Label(severity, severity)); }

        private static final Pattern OBLIGATION = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2} )?([A-Z_]+)( \\(.*\\))?$");
        private static final Pattern REPAYMENT = Pattern.compile("^true: (.*?)(?: \\((\\d+) kr\\))?$");

        /** A value of a comparison's row as shown: booleans, codes, severities and statuses by their labels, amounts in kronor. */
        Phrase value(String field, String v) {
            Phrase p = new Phrase();
            if (v == null) return p.text("–");
            if (v.equals("true")) return p.label(YES);
            if (v.equals("false")) return p.label(NO);
            switch (field) {
                case Row.FINDINGS -> { return p.label(severity(v)); }
                case Row.OBLIGATIONS -> {
                    Matcher m = OBLIGATION.matcher(v);
                    if (!m.matches()) return p.text(v);
                    return p.text(m.group(1)).label(status(m.group(2))).text(m.group(3));
                }
                case Row.REPAYMENT -> {
                    Matcher m = REPAYMENT.matcher(v);
                    if (!m.matches()) return p.text(v);
                    p.label(YES).text(": ");
                    String[] grounds = m.group(1).split(", ");
                    for (int i = 0; i < grounds.length; i++) {
                        if (i > 0) p.text("; ");
                        p.code(this, grounds[i]);
                    }
                    return m.group(2) == null ? p : p.text(" (" + kronor(Long.parseLong(m.group(2))) + ")");
                }
                case Row.PRIORITY -> {
                    String[] areas = v.split(", ");
                    for (int i = 0; i < areas.length; i++) {
                        if (i > 0) p.text(", ");
                        p.code(this, areas[i]);
                    }
                    return p;
                }
                default -> { return p.code(this, v); }
            }
        }

        /** A row's key as shown: a party or factor by its label, an obligation's code by its label where it has one, a finding's code as it is. */
        Phrase key(String field, String key) {
            Phrase p = new Phrase();
            if (key == null) return p;
            if (field.equals(Row.CONSULTATIONS) || field.equals(Row.PRIORITY)) return p.code(this, key);
            if (field.equals(Row.OBLIGATIONS)) {
                int space = key.indexOf(' ');
                String code = space < 0 ? key : key.substring(0, space);
                Label l = label(code);
                if (l != null) return p.label(l).text(" (" + key + ")");
            }
            return p.text(key);
        }

        /**
         * A finding's key ({@code "MISSING_SECTION TRUST"}) in words: its message with the subject by its label, or
         * {@code null} where the message needs more than the subject (or there is none).
         */
        Label finding(String key) {
            int space = key.indexOf(' ');
            String code = space < 0 ? key : key.substring(0, space), subject = space < 0 ? null : key.substring(space + 1);
            Label m = lookup("finding." + code);
            if (m == null) return null;
            Label s = subject == null ? null : label(subject);
            String sv = m.sv().replace("{0}", s != null ? s.sv() : subject == null ? "" : subject);
            String en = m.en().replace("{0}", s != null ? s.en() : subject == null ? "" : subject);
            return sv.contains("{") || en.contains("{") ? null : new Label(sv, en);
        }

        /** A row's label: the field, and for keyed rows its key. */
        Phrase row(Row r) {
            Phrase p = new Phrase().label(field(r.field()));
            return r.keyed() ? p.text(": ").append(key(r.field(), r.key())) : p;
        }

        /**
         * A parameter's identity ({@code ASSOCIATION/BUDGET}, {@code band/above}): each part by its label
         * where it has one ({@code band/}, which the type already says, left out).
         */
        Phrase identity(String identity) {
            Phrase p = new Phrase();
            String[] parts = (identity.startsWith("band/") ? identity.substring(5) : identity).split("/");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) p.text(" › ");
                p.code(this, parts[i]);
            }
            return p;
        }

        /** What a parameter is: its type's label and its identity's ({@code "rubrik: förening › budget"}), once in each language. */
        Label parameter(String type, String identity) {
            Label t = type(type);
            Phrase id = identity(identity);
            Label i = id.labelled() ? id.bilingual() : new Label(safe(identity), safe(identity));
            if (t == null) return new Label(safe(type) + ": " + i.sv(), safe(type) + ": " + i.en());
            if (t.equals(i)) return t;
            return new Label(t.sv() + ": " + i.sv(), t.en() + ": " + i.en());
        }

        /**
         * A value of the packages' metadata as the diff shows it: the municipality and the kinds of case
         * by their labels (the codes where there are none), a date or a text as it is, another list or
         * object as JSON, absent as a dash.
         */
        Phrase metadataValue(String field, Object value) {
            if (LABELLED_METADATA.contains(field)) return fieldValue(field, value);
            com.fasterxml.jackson.databind.JsonNode n = node(value);
            return new Phrase().text(n == null || n.isNull() ? "–" : n.isValueNode() ? n.asText() : n.toString());
        }

        /** A plain JSON value of the core's API (a diff's values) as a tree, {@code null} as {@code null}. */
        private static com.fasterxml.jackson.databind.JsonNode node(Object value) {
            return value == null ? null : NODES.valueToTree(value);
        }

        private static final com.fasterxml.jackson.databind.ObjectMapper NODES = new com.fasterxml.jackson.databind.ObjectMapper();

        /** A parameter's field value: booleans, codes (alone or in a list) by their labels, amounts in kronor. */
        Phrase fieldValue(String field, Object value) {
            com.fasterxml.jackson.databind.JsonNode n = node(value);
            Phrase p = new Phrase();
            if (n == null || n.isNull()) return p.text("–");
            if (n.isBoolean()) return p.label(n.booleanValue() ? YES : NO);
            if (n.isIntegralNumber() && AMOUNT_FIELDS.contains(field)) return p.text(kronor(n.longValue()));
            if (n.isTextual()) return p.code(this, n.textValue());
            if (n.isArray()) {
                boolean first = true;
                for (com.fasterxml.jackson.databind.JsonNode e : n) {
                    if (!first) p.text(", ");
                    first = false;
                    if (e.isTextual()) p.code(this, e.textValue());
                    else p.text(e.toString());
                }
                return first ? p.text("–") : p;
            }
            return p.text(n.isValueNode() ? n.asText() : n.toString());
        }
    }
}
