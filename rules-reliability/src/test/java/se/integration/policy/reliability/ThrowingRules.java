package se.integration.policy.reliability;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import org.drools.model.Declaration;
import org.drools.model.impl.ModelImpl;
import se.integration.policy.core.model.GrantApplication;

/**
 * An executable model (what kie-maven-plugin generates from DRL, written here by hand) with one rule that
 * throws: on a grant application whose caseId starts with {@link #THROW}. It is the faulty test package's
 * own rule set ({@link FaultyPackage}), beside the core's shared grant rules.
 */
public class ThrowingRules extends ModelImpl {
    static final String THROW = "THROW-";
    static final String RULE = "Test: a rule that throws on a case whose id says so";

    public ThrowingRules() {
        Declaration<GrantApplication> application = declarationOf(GrantApplication.class);
        addRule(rule("se.integration.policy.reliability.faulty", RULE).build(
                pattern(application).expr("throws", a -> a.caseId() != null && a.caseId().startsWith(THROW)),
                on(application).execute(a -> {
                    throw new IllegalStateException("injected fault for " + a.caseId());
                })));
    }
}
