package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** The version applied. {@code validTo} (the last day in force) is an addition, omitted while in force. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "municipality", "title", "validFrom", "validTo", "source"})
public record PolicyRef(String id, String municipality, String title, LocalDate validFrom, LocalDate validTo, String source) {}
