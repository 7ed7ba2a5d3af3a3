package se.integration.policy.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fault while judging one case (a rule throwing, whatever the cause) is that case's problem: the command
 * reports it on stderr with the file, the line, the case id and the rule, judges the other cases as usual,
 * and ends with exit 1 and the number of such cases.
 */
final class Faults {
    private Faults() {}

    private static final Pattern RULE = Pattern.compile("(?i)\\brule \"([^\"]{1,300})\"");
    private static final int MAX_MESSAGE = 300;

    /** Whether a throwable while judging one case is that case's fault (not the end of the run). */
    static boolean isCaseFault(Throwable t) {
        return t instanceof RuntimeException && !(t instanceof Output.Failed) && !(t instanceof UserError)
                || t instanceof StackOverflowError;
    }

    /** The rule a fault happened in, as Drools names it in its exceptions, or {@code null}. */
    static String rule(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() == null) continue;
            Matcher m = RULE.matcher(c.getMessage());
            if (m.find()) return m.group(1);
        }
        return null;
    }

    /**
     * The problem line's text after "FILE:LINE: ": {@code ärende / case ID: internt fel / internal fault i regeln / in rule "R": Class: message}
     * (escaped as every line on stderr).
     */
    static String describe(String caseId, Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String rule = rule(t);
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        if (message.length() > MAX_MESSAGE) message = message.substring(0, MAX_MESSAGE) + "…";
        return "ärende / case " + (caseId == null ? "(utan ärendenummer / no case id)" : caseId)
                + ": internt fel / internal fault" + (rule == null ? "" : " i regeln / in rule \"" + rule + "\"")
                + ": " + root.getClass().getSimpleName() + message;
    }

    /** The closing line of a run with faults: how many cases (or records) could not be judged. */
    static String summary(long count, String sv, String en) {
        String n = Progress.number(count);
        return "policy: " + n + " " + sv + " kunde inte bedömas på grund av ett internt fel (se ovan); de andra bedömdes / "
                + n + " " + en + " could not be judged because of an internal fault (see above); the others were judged";
    }
}
