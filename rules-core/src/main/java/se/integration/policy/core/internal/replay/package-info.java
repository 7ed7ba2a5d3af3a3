/**
 * <b>Internal</b> (docs/api.md): the JSON-tree machinery behind the replay API (recorded decisions, expectations).
 * No compatibility promise: may change in any release. Not in the published javadoc.
 */
package se.integration.policy.core.internal.replay;
