/**
 * <b>API</b> (docs/api.md): what reading a case can report: {@link se.integration.policy.core.read.InvalidCaseException}
 * with each {@link se.integration.policy.core.read.Problem} and its JSON path, and the contract's dates for tools
 * ({@link se.integration.policy.core.read.ContractDates}).
 */
package se.integration.policy.core.read;
