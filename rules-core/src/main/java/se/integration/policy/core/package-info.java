/**
 * <b>API</b> (docs/api.md): the engine ({@link se.integration.policy.core.PolicyEngine}), the registry of
 * installed versions, their definitions, drafts, and the exceptions, all unchecked
 * ({@link se.integration.policy.core.PolicyException} and its subtypes), for embedding systems.
 *
 * <p><b>SPI</b>: {@link se.integration.policy.core.PolicyPackage} and
 * {@link se.integration.policy.core.ResourcePolicyPackage}, which a policy package implements and names in
 * {@code META-INF/services}.
 */
package se.integration.policy.core;
