/**
 * <b>API</b> (docs/api.md): the result, its parts and {@link se.integration.policy.core.result.Codes}, for embedding systems.
 *
 * <p>The result of contract §2, written exactly as the contract shows (fields in its order, absent parts omitted).
 */
package se.integration.policy.core.result;
