/**
 * <b>SPI</b> (docs/api.md): the facts a package's DRL matches and inserts, for package authors.
 *
 * <p>What rules see and what they write.
 *
 * <ul>
 *   <li><b>Parameter facts</b> ({@link se.integration.policy.core.facts.ParameterFact}): a package's
 *       thresholds, headings, areas and deadlines, loaded from its parameters file, each with the id
 *       of its citation.</li>
 *   <li><b>Case facts</b>: the case record itself and flattened parts of it
 *       ({@link se.integration.policy.core.facts.ProvidedSection}, payments, reports...), and the
 *       {@link se.integration.policy.core.facts.Judgement} (the day judged on).</li>
 *   <li><b>Classifications</b>: facts that rules derive with {@code insertLogical} (for example
 *       {@link se.integration.policy.core.facts.ApplicantIs}).</li>
 *   <li><b>Outcomes</b>: typed facts that rules insert ({@link se.integration.policy.core.facts.RaisedFinding},
 *       {@link se.integration.policy.core.facts.DueObligation}, {@link se.integration.policy.core.facts.DecidingAuthority}...).
 *       The evaluator reads them after the rules have fired and attaches the rule that inserted
 *       each one and its citation; rules never write citations by hand.</li>
 * </ul>
 */
package se.integration.policy.core.facts;
