package se.integration.policy.core.internal.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.rule.FactHandle;
import se.integration.policy.core.facts.Outcome;

/**
 * Records, for one evaluation, each outcome fact and the rule that inserted it, so that the result can
 * name the rule and its citation without the rule writing either; and the handle of every fact a rule
 * inserted (outcomes and classifications alike), so that a reused session can be emptied of them.
 */
final class OutcomeCollector extends DefaultRuleRuntimeEventListener {
    record Entry(Outcome outcome, Rule rule) {}

    /** Outcomes in insertion order; an outcome deleted again (a logical one withdrawn) is set to null. */
    private final List<Entry> entries = new ArrayList<>();
    private final List<FactHandle> inserted = new ArrayList<>();
    /** Starts a new evaluation. */
    void reset() {
        entries.clear();
        inserted.clear();
    }

    @Override public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) inserted.add(event.getFactHandle());
        if (event.getObject() instanceof Outcome o) {
            if (event.getRule() == null) throw new IllegalStateException("outcome inserted outside a rule: " + o);
            entries.add(new Entry(o, event.getRule()));
        }
    }

    @Override public void objectDeleted(ObjectDeletedEvent event) {
        if (event.getOldObject() instanceof Outcome o) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                Entry e = entries.get(i);
                if (e != null && e.outcome() == o) {
                    entries.set(i, null);
                    break;
                }
            }
        }
    }

    /** The outcomes still in the session, in the order they were inserted. */
    List<Entry> entries() {
        List<Entry> list = new ArrayList<>(entries.size());
        for (Entry e : entries) if (e != null) list.add(e);
        return list;
    }

    /** The handles of the facts rules inserted since {@link #reset()} (some may be gone again). */
    List<FactHandle> ruleInserted() { return inserted; }
}
