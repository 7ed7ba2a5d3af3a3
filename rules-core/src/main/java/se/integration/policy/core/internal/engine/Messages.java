package se.integration.policy.core.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.facts.ObligationStatus;
import se.integration.policy.core.facts.Term;
import se.integration.policy.core.result.Message;

/**
 * Messages in Swedish and English from resource bundles ({@code se/integration/policy/core/messages_sv.properties}
 * and {@code _en}, and a package's own bundle for codes of its own), filled from the outcome's data:
 * {@code {0}} is the subject (shown by its {@code label.<subject>} where the bundle has one, or by the version's
 * {@link Term} of that key: the package's bundle first, then its terms, then the core's bundle),
 * {@code {1}}, {@code {2}}, ... the outcome's further values.
 *
 * <p>Each pattern is compiled once (a {@link Template}); labels are looked up once per value up to a
 * bound. Thread-safe.
 */
final class Messages {
    static final Locale SV = Locale.forLanguageTag("sv"), EN = Locale.ENGLISH;
    private static final String CORE = "se.integration.policy.core.messages";
    /** Labels remembered per language: subjects and values come from cases, so the cache has a bound. */
    static final int MAX_CACHED_LABELS = 4096;

    private final Language sv, en;

    Messages(PolicyPackage p) {
        List<ResourceBundle> svBundles = new ArrayList<>(), enBundles = new ArrayList<>();
        String own = p.messageBundle();
        if (own != null) {
            svBundles.add(bundle(own, SV, p.classLoader()));
            enBundles.add(bundle(own, EN, p.classLoader()));
        }
        // the version's terms (headings, attachments, ... declared in its data) are labelled by their own labels
        Map<String, String> svTerms = new java.util.HashMap<>(), enTerms = new java.util.HashMap<>();
        for (Term t : p.definition().parameters(Term.class)) {
            svTerms.putIfAbsent("label." + t.key(), t.sv());
            enTerms.putIfAbsent("label." + t.key(), t.en());
        }
        svBundles.add(new MapBundle(svTerms));
        enBundles.add(new MapBundle(enTerms));
        svBundles.add(bundle(CORE, SV, Messages.class.getClassLoader()));
        enBundles.add(bundle(CORE, EN, Messages.class.getClassLoader()));
        sv = new Language(svBundles);
        en = new Language(enBundles);
    }

    /**
     * The bundle {@code <base>_<language>.properties} (UTF-8), read as a class-path resource: no fallback to
     * another language or the default locale, and no {@code ResourceBundle.Control}, which named modules refuse
     * (the jars are automatic modules on the module path: their packages are open, so the resource is found).
     */
    static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
        String resource = baseName.replace('.', '/') + "_" + locale.getLanguage() + ".properties";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) throw new MissingResourceException("no message bundle " + resource, baseName, "");
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the message bundle " + resource, e);
        }
    }

    /** Labels from a map, as a bundle. */
    static final class MapBundle extends ResourceBundle {
        private final Map<String, String> labels;

        MapBundle(Map<String, String> labels) { this.labels = Map.copyOf(labels); }

        @Override protected Object handleGetObject(String key) { return labels.get(key); }

        @Override public java.util.Enumeration<String> getKeys() { return java.util.Collections.enumeration(labels.keySet()); }

        @Override protected java.util.Set<String> handleKeySet() { return labels.keySet(); }
    }

    Message message(String key, String subject, List<Object> args) {
        return new Message(sv.format(key, subject, args), en.format(key, subject, args));
    }

    /** The message of a finding code: {@code finding.<code>}. */
    Message finding(String code, String subject, List<Object> args) {
        return new Message(sv.format(sv.findingKey(code), subject, args), en.format(en.findingKey(code), subject, args));
    }

    /**
     * The message of an obligation: {@code obligation.<code>} with its due day and its status, or
     * {@code obligation.<code>.<subject>} where the bundles have a message for that subject (the interim
     * report before "next payment" reads differently from the one before a dated payment).
     */
    Message obligation(String code, String subject, String due, ObligationStatus status) {
        List<Object> args = List.of(due, STATUS_KEYS[status.ordinal()]);
        return new Message(sv.format(sv.obligationKey(code, subject), subject, args), en.format(en.obligationKey(code, subject), subject, args));
    }

    private static final String[] STATUS_KEYS = java.util.Arrays.stream(ObligationStatus.values()).map(s -> "status." + s)
            .toArray(String[]::new);

    /** Amounts as Swedish officers write them: 50 000 (a space between thousands). */
    static String kronor(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '\u00a0');
    }

    boolean has(String key) { return sv.lookup(key) != null && en.lookup(key) != null; }

    /** The bundles of one language (the package's own first), with compiled patterns and remembered labels. */
    private static final class Language {
        private final List<ResourceBundle> bundles;
        private final Map<String, Template> templates = new ConcurrentHashMap<>();
        private final Map<String, String> labels = new ConcurrentHashMap<>();
        /** "finding." + code and "obligation." + code, made once per code (codes are few: the packages' own). */
        private final Map<String, String> findingKeys = new ConcurrentHashMap<>(), obligationKeys = new ConcurrentHashMap<>();

        String findingKey(String code) { return findingKeys.computeIfAbsent(code, c -> "finding." + c); }

        String obligationKey(String code) { return obligationKeys.computeIfAbsent(code, c -> "obligation." + c); }

        /** {@code obligation.<code>.<subject>} where a bundle has it, else {@code obligation.<code>}. */
        String obligationKey(String code, String subject) {
            String key = obligationKey(code);
            if (subject == null) return key;
            String specific = bySubject.getOrDefault(key, Map.of()).get(subject);
            return specific != null ? specific : key;
        }

        /** {@code obligation.<code>} → subject → {@code obligation.<code>.<subject>}, for the few subjects with a message of their own, found once. */
        private final Map<String, Map<String, String>> bySubject = new java.util.HashMap<>();

        Language(List<ResourceBundle> bundles) {
            this.bundles = bundles;
            for (ResourceBundle b : bundles) {
                for (String k : b.keySet()) {
                    int dot = k.indexOf('.', "obligation.".length());
                    if (k.startsWith("obligation.") && dot > 0) {
                        bySubject.computeIfAbsent(k.substring(0, dot), x -> new java.util.HashMap<>()).put(k.substring(dot + 1), k);
                    }
                }
            }
        }

        String format(String key, String subject, List<Object> args) {
            Template template = templates.get(key);
            if (template == null) {
                String pattern = lookup(key);
                if (pattern == null) throw new MissingResourceException("no message for " + key, CORE, key);
                template = templates.computeIfAbsent(key, k -> Template.of(pattern));
            }
            String[] values = new String[args.size() + 1];
            values[0] = subject == null ? "" : label(subject);
            for (int i = 0; i < args.size(); i++) {
                Object a = args.get(i);
                values[i + 1] = a instanceof Number n ? kronor(n.longValue()) : a instanceof String s ? label(s) : String.valueOf(a);
            }
            return template.format(values);
        }

        private String label(String subject) {
            String l = labels.get(subject);
            if (l != null) return l;
            String found = lookup("label." + subject);
            // a value that is itself a message key (status.OPEN) is shown by that message
            if (found == null && subject.indexOf('.') > 0) found = lookup(subject);
            l = found != null ? found : subject;
            if (labels.size() < MAX_CACHED_LABELS) labels.put(subject, l);
            return l;
        }

        String lookup(String key) {
            for (ResourceBundle b : bundles) if (b.containsKey(key)) return b.getString(key);
            return null;
        }
    }

    /**
     * A message pattern compiled once. The bundles' patterns are read as {@link MessageFormat} patterns
     * in which an apostrophe is an apostrophe (it is doubled before parsing). A pattern whose only
     * format elements are plain {@code {n}} is split into text and argument numbers, which formats
     * exactly as {@code MessageFormat} does (an argument it is not given is written as {@code {n}});
     * any other pattern is formatted by a new {@code MessageFormat} each time, as before.
     */
    static final class Template {
        private final String pattern;
        private final String[] texts;
        private final int[] arguments;

        private Template(String pattern, String[] texts, int[] arguments) {
            this.pattern = pattern;
            this.texts = texts;
            this.arguments = arguments;
        }

        static Template of(String bundlePattern) {
            String pattern = bundlePattern.replace("'", "''");
            MessageFormat parsed = new MessageFormat(pattern, Locale.ROOT); // fails on a malformed pattern, as before
            boolean plain = true;
            for (var f : parsed.getFormatsByArgumentIndex()) plain &= f == null;
            List<String> texts = new ArrayList<>();
            List<Integer> arguments = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < bundlePattern.length() && plain; i++) {
                char c = bundlePattern.charAt(i);
                if (c == '{') {
                    int close = bundlePattern.indexOf('}', i);
                    String number = close < 0 ? "" : bundlePattern.substring(i + 1, close);
                    if (number.isEmpty() || number.length() > 4 || !number.chars().allMatch(Character::isDigit)) {
                        plain = false;
                        break;
                    }
                    texts.add(text.toString());
                    text.setLength(0);
                    arguments.add(Integer.parseInt(number));
                    i = close;
                } else if (c == '}') {
                    plain = false;
                } else {
                    text.append(c);
                }
            }
            if (!plain) return new Template(pattern, null, null);
            texts.add(text.toString());
            return new Template(pattern, texts.toArray(String[]::new), arguments.stream().mapToInt(Integer::intValue).toArray());
        }

        String format(String[] values) {
            if (texts == null) return new MessageFormat(pattern, Locale.ROOT).format(values);
            String[] parts = new String[2 * arguments.length + 1];
            for (int i = 0; i < arguments.length; i++) {
                parts[2 * i] = texts[i];
                int a = arguments[i];
                parts[2 * i + 1] = a < values.length ? String.valueOf(values[a]) : "{" + a + "}";
            }
            parts[2 * arguments.length] = texts[arguments.length];
            return String.join("", parts); // one exact allocation for the text
        }
    }
}
