package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A message in Swedish, with English beside it.
 *
 * @param sv the Swedish text
 * @param en the English text
 */
@JsonPropertyOrder({"sv", "en"})
public record Message(String sv, String en) {}
