/**
 * <b>API</b> (docs/api.md): one case judged under several versions side by side, impact summaries over
 * many cases, and diffs between two versions' packages.
 */
package se.integration.policy.core.analysis;
