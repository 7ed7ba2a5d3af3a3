package se.integration.policy.core.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import se.integration.policy.core.facts.Outcome;

/**
 * Records, for one session, each outcome fact and the rule that inserted it, so that the result can
 * name the rule and its citation without the rule writing either.
 */
final class OutcomeCollector extends DefaultRuleRuntimeEventListener {
    record Entry(Outcome outcome, Rule rule) {}

    private final Map<Object, Entry> entries = new IdentityHashMap<>();
    private final List<Object> order = new ArrayList<>();

    @Override public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Outcome o) {
            if (event.getRule() == null) throw new IllegalStateException("outcome inserted outside a rule: " + o);
            entries.put(o, new Entry(o, event.getRule()));
            order.add(o);
        }
    }

    @Override public void objectDeleted(ObjectDeletedEvent event) {
        if (event.getOldObject() instanceof Outcome o) entries.remove(o);
    }

    List<Entry> entries() {
        List<Entry> list = new ArrayList<>();
        for (Object o : order) {
            Entry e = entries.get(o);
            if (e != null) list.add(e);
        }
        return list;
    }
}
