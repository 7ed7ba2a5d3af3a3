package se.integration.policy.core;

import java.util.List;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.Problem;

/**
 * A draft revision of an installed version: the base's rules, judged with the draft's parameters,
 * metadata and citations ({@code definition().draft()} is true). Made by {@link PolicyEngine#draft};
 * no build is needed. Its rule ids are the base's (the rules are the base's).
 */
public final class DraftPackage implements PolicyPackage {
    private final PolicyPackage base;
    private final PolicyDefinition definition;
    private final String sourceTitle;
    private final String text;

    DraftPackage(PolicyPackage base, PolicyDefinition definition, String sourceTitle, String text) {
        this.base = base;
        this.definition = definition;
        this.sourceTitle = sourceTitle;
        this.text = text;
    }

    /** {@return the installed version the draft changes} */
    public PolicyPackage base() { return base; }

    /** {@return the title of the draft's own text (for readers), or {@code null}} */
    public String sourceTitle() { return sourceTitle; }

    /** {@return the draft's own text, which its new quotes are taken from} */
    public String sourceText() { return text; }

    @Override public PolicyDefinition definition() { return definition; }
    @Override public int contractVersion() { return base.contractVersion(); }
    @Override public List<Class<? extends ParameterFact>> parameterTypes() { return base.parameterTypes(); }
    @Override public List<Problem> validate(PolicyCase policyCase) { return base.validate(policyCase); }
    @Override public ClassLoader classLoader() { return base.classLoader(); }
    @Override public String messageBundle() { return base.messageBundle(); }
    @Override public String toString() { return "DraftPackage[" + definition.id() + " over " + base.id() + "]"; }
}
