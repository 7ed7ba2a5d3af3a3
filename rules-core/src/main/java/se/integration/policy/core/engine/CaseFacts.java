package se.integration.policy.core.engine;

import java.util.ArrayList;
import java.util.List;
import se.integration.policy.core.facts.PlanMeasure;
import se.integration.policy.core.facts.ProjectArea;
import se.integration.policy.core.facts.ProvidedAttachment;
import se.integration.policy.core.facts.ProvidedFollowUpSection;
import se.integration.policy.core.facts.ProvidedSection;
import se.integration.policy.core.model.ActionPlan;
import se.integration.policy.core.model.Allocation;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.PolicyCase;

/**
 * The facts a case becomes: the case record itself, and its parts flattened so that rules match
 * them directly (one fact per filled-in heading, attachment, area, payment, report, change, measure).
 */
public final class CaseFacts {
    private CaseFacts() {}

    public static List<Object> of(PolicyCase policyCase) {
        List<Object> facts = new ArrayList<>();
        facts.add(policyCase);
        if (policyCase instanceof GrantApplication g) {
                g.sections().keySet().stream().filter(g::hasSection).map(ProvidedSection::new).forEach(facts::add);
                g.attachments().stream().distinct().map(ProvidedAttachment::new).forEach(facts::add);
                g.project().areas().stream().distinct().map(ProjectArea::new).forEach(facts::add);
                if (g.grant() != null) {
                    facts.add(g.grant());
                    facts.addAll(g.grant().payments());
                    facts.addAll(g.grant().reports());
                    facts.addAll(g.grant().importantChanges());
                }
        } else if (policyCase instanceof ActionPlan p) {
                for (int i = 0; i < p.measures().size(); i++) facts.add(new PlanMeasure(i, p.measures().get(i)));
                if (p.followUp() != null) {
                    facts.add(p.followUp());
                    p.followUp().sections().keySet().stream().filter(p.followUp()::hasSection)
                            .map(ProvidedFollowUpSection::new).forEach(facts::add);
                }
        } else if (policyCase instanceof Allocation a) {
            facts.addAll(a.reportBacks());
        }
        return facts;
    }
}
