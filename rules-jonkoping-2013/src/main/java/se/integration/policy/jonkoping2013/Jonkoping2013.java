package se.integration.policy.jonkoping2013;

import se.integration.policy.core.ResourcePolicyPackage;

/**
 * Jönköpings kommun, Riktlinjer för anslaget till integration och delaktighet (decided by
 * Jämställdhets- och integrationsutskottet 2011-09-13, revised 2013-08-06), in force until the 2023
 * guidelines take over. Metadata, citations and parameters: {@code policy.json} beside the rules;
 * rules specific to this version: the DRL files of this package; messages of its own code
 * ({@code URGENT_ROUTE}) and this document's wording of headings and reports: {@code messages_sv/en.properties}.
 */
public final class Jonkoping2013 extends ResourcePolicyPackage {
    public Jonkoping2013() { super("se/integration/policy/jonkoping2013/policy.json"); }

    @Override public String messageBundle() { return "se.integration.policy.jonkoping2013.messages"; }
}
