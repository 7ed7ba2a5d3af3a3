package se.integration.policy.jonkoping2023;

import se.integration.policy.core.ResourcePolicyPackage;

/**
 * Jönköpings kommuns anslag för integration och delaktighet (Stadskontorets integrationsanslag),
 * the guidelines in force from 2023. Metadata, citations and parameters: {@code policy.json} beside
 * the rules; rules specific to this version: the DRL files of this package; this document's wording of
 * headings and reports, where it differs from the core's: {@code messages_sv/en.properties}.
 */
public final class Jonkoping2023 extends ResourcePolicyPackage {
    public Jonkoping2023() { super("se/integration/policy/jonkoping2023/policy.json"); }

    @Override public String messageBundle() { return "se.integration.policy.jonkoping2023.messages"; }
}
