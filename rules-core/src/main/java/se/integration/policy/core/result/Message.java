package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A message in Swedish, with English beside it. */
@JsonPropertyOrder({"sv", "en"})
public record Message(String sv, String en) {}
