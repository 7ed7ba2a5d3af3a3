package se.integration.policy.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.internal.engine.CaseFacts;
import se.integration.policy.core.facts.Judgement;
import se.integration.policy.core.facts.Outcome;
import se.integration.policy.core.model.PolicyCase;

/**
 * The way most teams use Drools, for comparison: the class-path container ({@code kmodule.xml} of this
 * module: a kbase including the package's and the shared rule sets' kbases), a new stateless session per
 * call, and one batch command inserting the package's parameters, the circumstances and the case, firing
 * the rules and getting the objects back. Gives the outcome facts only (no rule ids, citations or
 * messages: less than the library's result).
 */
public final class UsualDrools {
    public static final String KBASE = "kbase.bench.usual.jonkoping2023", KSESSION = "ksession.bench.usual.jonkoping2023";

    private final KieContainer container;
    private final KieCommands commands;
    private final PolicyDefinition definition;

    public UsualDrools(PolicyPackage jonkoping2023) {
        KieServices ks = KieServices.get();
        this.container = ks.getKieClasspathContainer();
        this.commands = ks.getCommands();
        this.definition = jonkoping2023.definition();
        container.getKieBase(KBASE); // builds it now (the container may compile on first use)
    }

    /** The outcome facts of one case. */
    public List<Outcome> evaluate(PolicyCase policyCase, LocalDate asOf) {
        StatelessKieSession session = container.newStatelessKieSession(KSESSION);
        LocalDate reference = policyCase.referenceDate() != null ? policyCase.referenceDate() : asOf;
        List<Command<?>> batch = new ArrayList<>();
        batch.add(commands.newInsertElements(definition.parameters()));
        batch.add(commands.newInsert(Judgement.of(definition, asOf, reference)));
        batch.add(commands.newInsertElements(CaseFacts.of(policyCase)));
        batch.add(commands.newFireAllRules());
        batch.add(commands.newGetObjects("objects"));
        ExecutionResults results = session.execute(commands.newBatchExecution(batch));
        List<Outcome> outcomes = new ArrayList<>();
        for (Object o : (Collection<?>) results.getValue("objects")) if (o instanceof Outcome outcome) outcomes.add(outcome);
        return outcomes;
    }
}
