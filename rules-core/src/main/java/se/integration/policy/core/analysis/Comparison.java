package se.integration.policy.core.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import se.integration.policy.core.result.Result;

/**
 * One case judged under several versions, side by side: a {@link Row} for each field of the result
 * (eligibility, completeness, deciding authority, each consulted party, the preparing official, the
 * meeting, each priority factor, repayment, each finding, each obligation), a {@link Cell} per version
 * with its value, rule and citation, and whether the versions differ. Eligibility and completeness
 * follow from the findings (whose rows cite their rules), and "no repayment" from the absence of a
 * ground: those values carry no rule of their own. The full results are kept
 * ({@link #results()}) for callers that want them; JSON carries the rows.
 *
 * @param caseId   the case id, or {@code null}
 * @param title a readable name of the case where it has one (a project's title, an organisation's name, an initiative)
 * @param kind     the case's kind
 * @param policies the version ids, in the order shown
 * @param results  the result under each version, in the same order (not in JSON)
 * @param rows     the rows
 */
@JsonPropertyOrder({"caseId", "title", "kind", "policies", "differs", "rows"})
public record Comparison(
        @JsonInclude(JsonInclude.Include.NON_NULL) String caseId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String title,
        String kind,
        List<String> policies,
        @JsonIgnore List<Result> results,
        List<Row> rows) {

    /**
     * Copies the lists.
     *
     * @param caseId the case id, or {@code null}
     * @param title a readable name of the case where it has one (a project's title, an organisation's name, an initiative)
     * @param kind the case's kind
     * @param policies the version ids, in the order shown
     * @param results the result under each version, in the same order (not in JSON)
     * @param rows the rows
     * @throws NullPointerException if {@code policies} or {@code results} or {@code rows} is {@code null}
     */
    public Comparison {
        policies = List.copyOf(policies);
        results = List.copyOf(results);
        rows = List.copyOf(rows);
    }

    /** {@return whether any row differs between the versions} */
    @com.fasterxml.jackson.annotation.JsonProperty("differs")
    public boolean differs() { return rows.stream().anyMatch(Row::differs); }

    /** {@return the rows that differ} */
    @JsonIgnore
    public List<Row> differences() { return rows.stream().filter(Row::differs).toList(); }

    /**
     * {@return the rows of one field}
     *
     * @param field the field, one of {@link Row#FIELDS}
     */
    public List<Row> rows(String field) { return rows.stream().filter(r -> r.field().equals(field)).toList(); }

    /**
     * {@return the row of a field and key ({@code null} key for scalar fields), or {@code null}}
     *
     * @param field the field, one of {@link Row#FIELDS}
     * @param key the key, or {@code null}
     */
    public Row row(String field, String key) {
        for (Row r : rows) if (r.field().equals(field) && java.util.Objects.equals(r.key(), key)) return r;
        return null;
    }

    /**
     * {@return the result under one version}
     *
     * @param policy a version id of {@link #policies()}
     * @throws IndexOutOfBoundsException if the version is not compared
     */
    public Result result(String policy) { return results.get(policies.indexOf(policy)); }
}
