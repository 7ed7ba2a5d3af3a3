package se.integration.policy.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A date, number or reading the text leaves open, and the choice a package makes: what is assumed
 * and why. Recorded beside the values, never passed off as a fact of the text.
 *
 * <p>A number of a parameter that its quote does not state is accepted only from an assumption that
 * names that parameter in {@code covers} (and states the number): {@code "followUp.policy"} for every
 * number of the parameters citing that source, {@code "followUp.policy years"} for one field. A number
 * that merely appears in some assumption's text proves nothing.
 *
 * @param id         the assumption's id, e.g. {@code validTo}
 * @param assumption what is assumed
 * @param reason     why
 * @param covers     the parameters whose numbers this assumption states: a citation id, or a citation id, a
 *                   space and a field name; empty when it states none (never {@code null})
 */
public record Assumption(String id, String assumption, String reason,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> covers) {
    /**
     * Copies {@code covers}; {@code null} becomes empty.
     *
     * @param id         the assumption's id
     * @param assumption what is assumed
     * @param reason     why
     * @param covers     the parameters whose numbers it states, or {@code null}
     */
    public Assumption {
        covers = covers == null ? List.of() : List.copyOf(covers);
    }

    /**
     * An assumption that states no parameter's number.
     *
     * @param id         the assumption's id, e.g. {@code validTo}
     * @param assumption what is assumed
     * @param reason     why
     */
    public Assumption(String id, String assumption, String reason) { this(id, assumption, reason, List.of()); }

    /**
     * Whether this assumption names a parameter's field as one whose number it states.
     *
     * @param cite  the parameter's citation id
     * @param field the field
     * @return {@code true} if {@code covers} names the citation, or the citation and the field
     */
    public boolean covers(String cite, String field) {
        return cite != null && (covers.contains(cite) || covers.contains(cite + " " + field));
    }
}
