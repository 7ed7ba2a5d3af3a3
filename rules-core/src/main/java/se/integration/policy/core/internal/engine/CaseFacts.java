package se.integration.policy.core.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.integration.policy.core.facts.PaymentOccasion;
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
 * them directly (one fact per filled-in heading, attachment, area, payment, payment day, report, change, measure).
 */
public final class CaseFacts {
    private CaseFacts() {}

    public static List<Object> of(PolicyCase policyCase) {
        List<Object> facts = new ArrayList<>();
        forEach(policyCase, facts::add);
        return facts;
    }

    /** Hands each fact of a case to {@code sink}, in the order {@link #of(PolicyCase)} lists them. */
    public static void forEach(PolicyCase policyCase, Consumer<Object> sink) {
        sink.accept(policyCase);
        if (policyCase instanceof GrantApplication g) {
            for (Map.Entry<String, String> e : g.sections().entrySet()) {
                if (g.hasSection(e.getKey())) sink.accept(new ProvidedSection(e.getKey()));
            }
            distinct(g.attachments(), a -> sink.accept(new ProvidedAttachment(a)));
            distinct(g.project().areas(), a -> sink.accept(new ProjectArea(a)));
            if (g.grant() != null) {
                sink.accept(g.grant());
                g.grant().payments().forEach(sink);
                PaymentOccasion.of(g.grant()).forEach(sink);
                g.grant().reports().forEach(sink);
                g.grant().importantChanges().forEach(sink);
            }
        } else if (policyCase instanceof ActionPlan p) {
            for (int i = 0; i < p.measures().size(); i++) sink.accept(new PlanMeasure(i, p.measures().get(i)));
            if (p.followUp() != null) {
                sink.accept(p.followUp());
                for (var key : p.followUp().sections().keySet()) {
                    if (p.followUp().hasSection(key)) sink.accept(new ProvidedFollowUpSection(key));
                }
            }
        } else if (policyCase instanceof Allocation a) {
            a.reportBacks().forEach(sink);
        }
    }

    /** Each element once, in first-seen order (as {@code stream().distinct()}), without a set for short lists. */
    private static <T> void distinct(List<T> list, Consumer<T> sink) {
        if (list.size() > 16) {
            new java.util.LinkedHashSet<>(list).forEach(sink);
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            T t = list.get(i);
            boolean seen = false;
            for (int j = 0; j < i && !seen; j++) seen = t.equals(list.get(j));
            if (!seen) sink.accept(t);
        }
    }
}
