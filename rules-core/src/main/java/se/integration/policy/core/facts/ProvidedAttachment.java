package se.integration.policy.core.facts;


/**
 * An attachment the application includes.
 *
 * @param key the attachment
 */
public record ProvidedAttachment(String key) {}
