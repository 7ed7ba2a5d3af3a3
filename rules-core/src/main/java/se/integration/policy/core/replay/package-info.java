/**
 * <b>API</b> (docs/api.md): recorded decisions (contract §3) read, re-judged and compared with the
 * result now: the machinery behind {@code policy replay} and the test kit.
 */
package se.integration.policy.core.replay;
