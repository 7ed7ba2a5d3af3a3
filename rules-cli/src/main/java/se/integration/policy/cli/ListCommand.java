package se.integration.policy.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;

@Command(name = "list", description = "The policy versions on the class path: id, municipality, valid from/to, source.")
final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--format", description = "text (default) or json", defaultValue = "text")
    String format;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<PolicyPackage> all = PolicyEngine.create().registry().all();
        switch (format) {
            case "json" -> {
                var mapper = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                        .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
                for (PolicyPackage p : all) {
                    PolicyDefinition d = p.definition();
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", d.id());
                    row.put("municipality", d.municipality().id());
                    row.put("title", d.title());
                    row.put("documentType", d.documentType());
                    row.put("kinds", d.kinds());
                    row.put("validFrom", d.validFrom().toString());
                    row.put("validTo", d.validTo() == null ? null : d.validTo().toString());
                    row.put("source", d.source());
                    row.put("adopted", d.adopted());
                    row.put("assumptions", d.assumptions());
                    if (!d.taxonomy().isEmpty()) row.put("taxonomy", d.taxonomy());
                    out.println(mapper.writeValueAsString(row));
                }
            }
            case "text" -> {
                out.printf("%-16s %-11s %-10s %-10s %-26s %s%n", "id", "municipality", "validFrom", "validTo", "source", "title");
                for (PolicyPackage p : all) {
                    PolicyDefinition d = p.definition();
                    out.printf("%-16s %-11s %-10s %-10s %-26s %s%n", d.id(), d.municipality().id(), d.validFrom(),
                            d.validTo() == null ? "–" : d.validTo(), d.source(), d.title());
                }
            }
            default -> throw new UserError("--format must be text or json, not " + format);
        }
        return Main.OK;
    }
}
