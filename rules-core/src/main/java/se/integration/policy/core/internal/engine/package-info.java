/**
 * <b>Internal</b> (docs/api.md): the evaluator, the rule bases and the sessions kept between evaluations.
 * No compatibility promise: may change in any release. Not in the published javadoc.
 */
package se.integration.policy.core.internal.engine;
