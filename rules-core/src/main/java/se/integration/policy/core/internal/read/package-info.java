/**
 * <b>Internal</b> (docs/api.md): the strict case reader, its validator and schema.
 * No compatibility promise: may change in any release. Not in the published javadoc.
 */
package se.integration.policy.core.internal.read;
