package se.integration.policy.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.model.ActionPlan;
import se.integration.policy.core.model.Allocation;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;
import se.integration.policy.core.result.Basis;
import se.integration.policy.core.result.Finding;
import se.integration.policy.core.result.Obligation;
import se.integration.policy.core.result.Result;

/**
 * Judges one case under several versions and lines the results up side by side:
 *
 * <pre>{@code
 * Comparisons comparisons = new Comparisons(engine);
 * Comparison c = comparisons.compare(application, List.of("jonkoping-2013", "jonkoping-2023"));
 * c.differences().forEach(row -> ...);          // what the versions decide differently, each side cited
 * }</pre>
 *
 * Each version judges the case as {@link PolicyEngine#evaluate(PolicyCase, String)} does (a version
 * not in force on the case's date judges it anyway and says so with {@code POLICY_NOT_IN_FORCE}).
 * Thread-safe.
 */
public final class Comparisons {
    private final PolicyEngine engine;

    /**
     * Comparisons with the versions this engine knows.
     *
     * @param engine the engine
     */
    public Comparisons(PolicyEngine engine) { this.engine = engine; }

    /** {@return the engine the versions are judged with} */
    public PolicyEngine engine() { return engine; }

    /**
     * Judges the case under each version (in the order given) and compares.
     *
     * @param policyCase the case
     * @param policyIds the version ids, in the order to show them
     * @return the comparison
     * @throws InvalidCaseException when the case is invalid input under any of the versions; each
     *         problem says under which version
     * @throws se.integration.policy.core.PolicySelectionException for an unknown version id
     * @throws NullPointerException if {@code policyCase} or {@code policyIds} is {@code null}
     */
    public Comparison compare(PolicyCase policyCase, List<String> policyIds) {
        if (policyIds.isEmpty()) throw new IllegalArgumentException("ange minst en version / name at least one version");
        List<Result> results = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String id : policyIds) {
            try {
                results.add(engine.evaluate(policyCase, id));
            } catch (InvalidCaseException e) {
                for (Problem p : e.problems()) problems.add(new Problem(p.path(), p.message() + " (enligt / under " + id + ")"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidCaseException(problems);
        return compare(policyCase, policyIds, results);
    }

    /**
     * Lines up results already made, one per version, of one case.
     *
     * @param policyCase the case
     * @param policyIds the version ids
     * @param results the results, one per version id, in the same order
     * @return the comparison
     */
    public static Comparison compare(PolicyCase policyCase, List<String> policyIds, List<Result> results) {
        if (policyIds.size() != results.size()) throw new IllegalArgumentException("one result per version");
        List<Row> rows = new ArrayList<>();
        rows.add(scalar(Row.ELIGIBLE, policyIds, results, r -> new Cell(null, String.valueOf(r.eligible()), null, null, null)));
        rows.add(scalar(Row.COMPLETE, policyIds, results, r -> new Cell(null, String.valueOf(r.complete()), null, null, null)));
        rows.add(scalar(Row.AUTHORITY, policyIds, results,
                r -> r.decision() == null || r.decision().authority() == null ? null : cited(r.decision().authority(), r.decision().basis(), "authority", null)));
        keyed(rows, Row.CONSULTATIONS, policyIds, results, r -> {
            Map<String, Cell> m = new LinkedHashMap<>();
            if (r.decision() != null) for (String party : r.decision().consultations()) m.put(party, cited(party, r.decision().basis(), "consultations", party));
            return m;
        });
        rows.add(scalar(Row.PREPARED_BY, policyIds, results,
                r -> r.decision() == null || r.decision().preparedBy() == null ? null : cited(r.decision().preparedBy(), r.decision().basis(), "preparedBy", null)));
        rows.add(scalar(Row.MEETING, policyIds, results,
                r -> r.decision() == null || r.decision().meetingWithApplicant() == null ? null
                        : cited(String.valueOf(r.decision().meetingWithApplicant()), r.decision().basis(), "meetingWithApplicant", null)));
        keyed(rows, Row.PRIORITY, policyIds, results, r -> {
            Map<String, Cell> m = new LinkedHashMap<>();
            if (r.priority() == null) return m;
            for (String factor : r.priority().factors()) {
                List<String> areas = new ArrayList<>();
                Basis first = null;
                for (Basis b : r.priority().basis()) {
                    if (b.value().equals(factor) || b.value().startsWith(factor + ":")) {
                        if (first == null) first = b;
                        if (b.value().startsWith(factor + ":")) areas.add(b.value().substring(factor.length() + 1));
                    }
                }
                String value = areas.isEmpty() ? factor : String.join(", ", areas.stream().sorted().toList());
                m.put(factor, first == null ? new Cell(null, value, null, null, null) : new Cell(null, value, null, first.rule(), first.source()));
            }
            return m;
        });
        rows.add(scalar(Row.REPAYMENT, policyIds, results, r -> {
            if (r.repayment() == null) return null;
            var rp = r.repayment();
            String value = !rp.mayBeRequired() ? "false"
                    : "true: " + String.join(", ", rp.grounds()) + (rp.amount() == null ? "" : " (" + rp.amount() + " kr)");
            Basis b = rp.basis().isEmpty() ? null : rp.basis().get(0);
            return b == null ? new Cell(null, value, null, null, null) : new Cell(null, value, null, b.rule(), b.source());
        }));
        keyed(rows, Row.FINDINGS, policyIds, results, r -> {
            Map<String, Cell> m = new LinkedHashMap<>();
            for (Finding f : r.findings()) {
                m.putIfAbsent(findingKey(f.code(), f.subject()), new Cell(null, f.severity().name(), f.message(), f.rule(), f.source()));
            }
            return m;
        });
        keyed(rows, Row.OBLIGATIONS, policyIds, results, r -> {
            Map<String, Cell> m = new LinkedHashMap<>();
            for (Obligation o : r.obligations()) {
                String key = findingKey(o.code(), o.subject());
                String unique = key;
                for (int n = 2; m.containsKey(unique); n++) unique = key + " #" + n;
                m.put(unique, new Cell(null, obligationValue(o), o.message(), o.rule(), o.source()));
            }
            return m;
        });
        return new Comparison(policyCase.caseId(), title(policyCase), policyCase.kind().name(), policyIds, results, rows);
    }

    /**
     * How findings and obligations are keyed: {@code CODE}, or {@code CODE subject}.
     *
     * @param code the code
     * @param subject the subject, or {@code null}
     * @return the key
     */
    public static String findingKey(String code, String subject) { return subject == null ? code : code + " " + subject; }

    /** An obligation's value in a comparison: its due day (if any), its status, and its period (if any). */
    static String obligationValue(Obligation o) {
        StringBuilder sb = new StringBuilder();
        if (o.due() != null) sb.append(o.due()).append(' ');
        sb.append(o.status().name());
        if (o.period() != null) sb.append(" (").append(o.period().from() == null ? "" : o.period().from()).append("–")
                .append(o.period().to() == null ? "" : o.period().to()).append(')');
        return sb.toString();
    }

    /**
     * {@return a readable name of a case: a grant application's project title, an action plan's organisation, an allocation's initiative}
     *
     * @param c the case
     */
    public static String title(PolicyCase c) {
        if (c instanceof GrantApplication g) return g.project() == null ? null : g.project().title();
        if (c instanceof ActionPlan p) return p.organisation() == null ? null : p.organisation().name();
        if (c instanceof Allocation a) return a.initiative();
        return null;
    }

    private static Cell cited(String value, List<Basis> basis, String field, String basisValue) {
        Basis found = null;
        for (Basis b : basis) {
            if (b.field().equals(field) && (basisValue == null || b.value().equals(basisValue))) found = b;
        }
        return found == null ? new Cell(null, value, null, null, null) : new Cell(null, value, null, found.rule(), found.source());
    }

    private static Row scalar(String field, List<String> ids, List<Result> results, Function<Result, Cell> cell) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Cell c = cell.apply(results.get(i));
            cells.add(c == null ? Cell.absent(ids.get(i)) : new Cell(ids.get(i), c.value(), c.message(), c.rule(), c.source()));
        }
        return Row.of(field, null, cells);
    }

    private static void keyed(List<Row> rows, String field, List<String> ids, List<Result> results, Function<Result, Map<String, Cell>> cells) {
        List<Map<String, Cell>> maps = results.stream().map(cells).toList();
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, Cell> m : maps) keys.addAll(m.keySet());
        for (String key : keys) {
            List<Cell> row = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                Cell c = maps.get(i).get(key);
                row.add(c == null ? Cell.absent(ids.get(i)) : new Cell(ids.get(i), c.value(), c.message(), c.rule(), c.source()));
            }
            rows.add(Row.of(field, key, row));
        }
    }
}
