package se.integration.policy.core.internal.read;

import java.util.Objects;
import se.integration.policy.core.model.PolicyCase;

/**
 * <b>Internal</b>: marks a case the reader has checked, and recognises it, so that {@code PolicyEngine.evaluate} checks
 * a case built in Java but not one {@code PolicyEngine.read} already checked (the mark itself lives in the case model,
 * package-private: {@code se.integration.policy.core.model.ReadMark}).
 */
public final class ReadCases {
    /** The case model's side, installed when its mark class is loaded. */
    public interface Marks {
        /** @param c a case the reader checked @return the same case, marked as read */
        PolicyCase mark(PolicyCase c);
        /** @param c a case @return whether it carries the reader's mark */
        boolean isRead(PolicyCase c);
    }

    private static volatile Marks marks;

    private ReadCases() {}

    /** @param m the model's marks, installed once */
    public static void install(Marks m) {
        if (marks != null) throw new IllegalStateException("installed already");
        marks = Objects.requireNonNull(m);
    }

    private static Marks marks() {
        Marks m = marks;
        if (m == null) {
            try {
                Class.forName("se.integration.policy.core.model.ReadMark", true, ReadCases.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            m = marks;
        }
        return m;
    }

    /** @param c a case the reader checked @return it, marked as read */
    public static PolicyCase mark(PolicyCase c) { return marks().mark(c); }

    /** @param c a case @return whether the reader produced (and checked) it */
    public static boolean isRead(PolicyCase c) { return marks().isRead(c); }
}
