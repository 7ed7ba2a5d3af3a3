package se.integration.policy.core.facts;

import se.integration.policy.core.model.GrantApplication.AttachmentKey;

/**
 * An attachment the application includes.
 *
 * @param key the attachment
 */
public record ProvidedAttachment(AttachmentKey key) {}
