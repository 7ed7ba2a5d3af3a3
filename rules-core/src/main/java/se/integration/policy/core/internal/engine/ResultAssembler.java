package se.integration.policy.core.internal.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.rule.Rule;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicyPackageException;
import se.integration.policy.core.SourceText;
import se.integration.policy.core.facts.*;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.result.*;

/**
 * Turns the outcome facts of one session into a {@link Result}: each outcome gets the id of the
 * rule that inserted it and its citation (the outcome's own citation id where the rule took it from
 * data, else the rule's {@code @cite} metadata), and a message in Swedish and English.
 */
final class ResultAssembler {
    private final PolicyPackage policy;
    private final PolicyDefinition definition;
    private final Messages messages;
    private final PolicyRef ref;
    /** Rule ids and citations, worked out once: there are as many as the package has rules and sources. */
    private final Map<Rule, String> ruleIds = new ConcurrentHashMap<>();
    private final Map<String, Source> sources = new ConcurrentHashMap<>();

    /** A finding is reported once per code, subject and rule. */
    private record FindingKey(String code, String subject, String rule) {}

    ResultAssembler(PolicyPackage policy) {
        this.policy = policy;
        this.definition = policy.definition();
        this.messages = new Messages(policy);
        this.ref = definition.ref();
    }

    Result assemble(PolicyCase policyCase, LocalDate asOf, List<OutcomeCollector.Entry> entries) {
        List<Finding> findings = new ArrayList<>();
        List<Obligation> obligations = new ArrayList<>();
        List<Basis> decisionBasis = new ArrayList<>(), priorityBasis = new ArrayList<>(), repaymentBasis = new ArrayList<>();
        String authority = null, preparedBy = null;
        Boolean meeting = null;
        Set<String> consultations = new LinkedHashSet<>(), areas = new LinkedHashSet<>(), factors = new LinkedHashSet<>(), grounds = new LinkedHashSet<>();
        Long repaymentAmount = null;
        boolean eligible = true, decisionSeen = false, prioritySeen = false, repaymentSeen = false;
        Set<FindingKey> seenFindings = new HashSet<>();

        for (OutcomeCollector.Entry e : entries) {
            String rule = ruleId(e.rule());
            Source source = source(e.outcome(), e.rule());
            if (e.outcome() instanceof RaisedFinding f) {
                if (f.disqualifying()) eligible = false;
                if (!seenFindings.add(new FindingKey(f.code(), f.subject(), rule))) continue;
                findings.add(new Finding(f.code(), f.subject(), f.severity(), rule,
                        messages.finding(f.code(), f.subject(), f.args()), source));
            } else if (e.outcome() instanceof DueObligation o) {
                obligations.add(new Obligation(o.code(), o.subject(), o.due(), o.status(),
                    o.periodFrom() == null && o.periodTo() == null ? null : new Obligation.Period(o.periodFrom(), o.periodTo()),
                    rule, messages.obligation(o.code(), o.subject(), o.due() == null ? "–" : o.due().toString(), o.status()), source));
            } else if (e.outcome() instanceof DecidingAuthority a) {
                if (authority != null && !authority.equals(a.authority())) {
                    throw new PolicyPackageException(policy.id() + ": two rules name different deciding authorities ("
                            + authority + ", " + a.authority() + "); the rules must not overlap");
                }
                authority = a.authority();
                decisionSeen = true;
                decisionBasis.add(new Basis("authority", a.authority(), rule, source));
            } else if (e.outcome() instanceof Consultation c) {
                decisionSeen = true;
                if (consultations.add(c.party())) decisionBasis.add(new Basis("consultations", c.party(), rule, source));
            } else if (e.outcome() instanceof PreparedBy p) {
                decisionSeen = true;
                preparedBy = p.official();
                decisionBasis.add(new Basis("preparedBy", p.official(), rule, source));
            } else if (e.outcome() instanceof ApplicantMeeting m) {
                decisionSeen = true;
                meeting = m.held();
                decisionBasis.add(new Basis("meetingWithApplicant", String.valueOf(m.held()), rule, source));
            } else if (e.outcome() instanceof PriorityFactor pf) {
                prioritySeen = true;
                factors.add(pf.factor());
                if (pf.area() != null) areas.add(pf.area());
                priorityBasis.add(new Basis("factors", pf.area() == null ? pf.factor() : pf.factor() + ":" + pf.area(), rule, source));
            } else if (e.outcome() instanceof RepaymentGround g) {
                repaymentSeen = true;
                if (grounds.add(g.ground()) && g.amount() != null) {
                    repaymentAmount = (repaymentAmount == null ? 0 : repaymentAmount) + g.amount();
                }
                repaymentBasis.add(new Basis("grounds", g.ground(), rule, source));
            } else {
                throw new PolicyPackageException("unknown outcome type " + e.outcome().getClass().getName());
            }
        }

        findings.sort(ResultOrder.FINDINGS);
        obligations.sort(ResultOrder.OBLIGATIONS);
        boolean complete = true;
        for (Finding f : findings) if (f.severity() == Severity.ERROR) { complete = false; break; }

        // the rules fire in an order the engine chooses (and a kept session may choose differently from a
        // new one): the result lists its values, and the basis of each, in one order of its own
        List<String> groundList = grounds.stream().sorted().toList();
        decisionBasis.sort(ResultOrder.BASIS);
        priorityBasis.sort(ResultOrder.BASIS);
        repaymentBasis.sort(ResultOrder.BASIS);

        boolean grant = policyCase instanceof GrantApplication;
        Priority priority = prioritySeen || grant
                ? new Priority(areas.stream().sorted().toList(), ResultOrder.ordered(factors, ResultOrder.FACTORS), priorityBasis) : null;
        Decision decision = decisionSeen
                ? new Decision(authority, ResultOrder.ordered(consultations, ResultOrder.CONSULTATIONS), preparedBy, meeting, decisionBasis) : null;
        Repayment repayment = repaymentSeen || (policyCase instanceof GrantApplication g && g.grant() != null)
                ? new Repayment(!grounds.isEmpty(), groundList, repaymentAmount, repaymentBasis) : null;
        return new Result(ref, policyCase.caseId(), asOf, eligible, complete, findings, priority, decision,
                obligations, repayment);
    }

    String ruleId(Rule rule) {
        String id = ruleIds.get(rule);
        if (id == null) {
            id = computeRuleId(rule);
            ruleIds.put(rule, id);
        }
        return id;
    }

    private String computeRuleId(Rule rule) {
        String pkg = rule.getPackageName();
        if (pkg.startsWith(RuleBases.SHARED_PACKAGE_PREFIX)) return "core." + pkg.substring(RuleBases.SHARED_PACKAGE_PREFIX.length()) + "/" + rule.getName();
        // a draft is judged by its base's rules: their ids are the base's
        String owner = policy instanceof se.integration.policy.core.DraftPackage d ? d.base().id() : policy.id();
        return owner + "/" + rule.getName();
    }

    private Source source(Outcome outcome, Rule rule) {
        String cite = outcome.cite();
        if (cite == null) {
            Object meta = rule.getMetaData().get("cite");
            cite = meta == null ? null : meta.toString();
        }
        if (cite == null) throw new PolicyPackageException(policy.id() + ": rule '" + rule.getName() + "' has no @cite and its outcome names no citation");
        Source known = sources.get(cite);
        if (known != null) return known;
        SourceText text = definition.sources().get(cite);
        if (text == null) throw new PolicyPackageException(policy.id() + ": rule '" + rule.getName() + "' cites unknown source '" + cite + "'");
        Source source = new Source(text.document() != null ? text.document() : definition.source(), text.title() != null ? text.title() : definition.documentTitle(), text.section(), text.quote());
        sources.put(cite, source);
        return source;
    }
}
