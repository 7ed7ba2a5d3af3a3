package se.integration.policy.core.engine;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.result.Message;

/**
 * Messages in Swedish and English from resource bundles ({@code se/integration/policy/core/messages_sv.properties}
 * and {@code _en}, and a package's own bundle for codes of its own), filled from the outcome's data:
 * {@code {0}} is the subject (shown by its {@code label.<subject>} where the bundle has one),
 * {@code {1}}, {@code {2}}, ... the outcome's further values.
 */
final class Messages {
    static final Locale SV = Locale.forLanguageTag("sv"), EN = Locale.ENGLISH;
    private static final String CORE = "se.integration.policy.core.messages";

    private final List<ResourceBundle> sv = new ArrayList<>(), en = new ArrayList<>();

    Messages(PolicyPackage p) {
        String own = p.messageBundle();
        if (own != null) {
            sv.add(ResourceBundle.getBundle(own, SV, p.classLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            en.add(ResourceBundle.getBundle(own, EN, p.classLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        sv.add(ResourceBundle.getBundle(CORE, SV, Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        en.add(ResourceBundle.getBundle(CORE, EN, Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    Message message(String key, String subject, List<Object> args) {
        return new Message(format(sv, key, subject, args), format(en, key, subject, args));
    }

    private static String format(List<ResourceBundle> bundles, String key, String subject, List<Object> args) {
        String pattern = lookup(bundles, key);
        if (pattern == null) throw new MissingResourceException("no message for " + key, CORE, key);
        Object[] values = new Object[args.size() + 1];
        values[0] = subject == null ? "" : label(bundles, subject);
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            values[i + 1] = a instanceof Number n ? kronor(n.longValue()) : a instanceof String s ? label(bundles, s) : String.valueOf(a);
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(values);
    }

    /** A value shown by its label: {@code label.<value>}, or the value itself when it is a message key (status.OPEN). */
    private static String label(List<ResourceBundle> bundles, String subject) {
        String l = lookup(bundles, "label." + subject);
        if (l == null && subject.indexOf('.') > 0) l = lookup(bundles, subject);
        return l != null ? l : subject;
    }

    /** Amounts as Swedish officers write them: 50 000 (a space between thousands). */
    static String kronor(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '\u00a0');
    }

    private static String lookup(List<ResourceBundle> bundles, String key) {
        for (ResourceBundle b : bundles) if (b.containsKey(key)) return b.getString(key);
        return null;
    }

    boolean has(String key) { return lookup(sv, key) != null && lookup(en, key) != null; }
}
