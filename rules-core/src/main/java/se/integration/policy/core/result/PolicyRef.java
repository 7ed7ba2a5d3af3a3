package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * The version applied. {@code validTo} (the last day in force) is an addition, omitted while in force;
 * {@code draft} (an addition) is {@code true} for a draft revision and omitted for an installed version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "municipality", "title", "validFrom", "validTo", "source", "draft"})
public record PolicyRef(String id, String municipality, String title, LocalDate validFrom, LocalDate validTo, String source, Boolean draft) {
    @com.fasterxml.jackson.annotation.JsonCreator
    public PolicyRef {}

    public PolicyRef(String id, String municipality, String title, LocalDate validFrom, LocalDate validTo, String source) {
        this(id, municipality, title, validFrom, validTo, source, null);
    }
}
