package se.integration.policy.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
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

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {"The policy versions on the class path: id, municipality, valid from/to, source file, the version's title "
        + "and the document's title and year.",
        "--format json writes one JSON document: an array with an object per version, its assumptions included."})
final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--format", description = "text (default: a table fitted to the terminal, 100 columns when not one) or json (one array)", defaultValue = "text")
    String format;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<PolicyPackage> all = PolicyEngine.create().registry().all();
        switch (format) {
            case "json" -> {
                var mapper = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                        .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
                List<Map<String, Object>> rows = new ArrayList<>();
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
                    row.put("sourceTitle", d.documentTitle());
                    row.put("adopted", d.adopted());
                    row.put("assumptions", d.assumptions());
                    if (!d.taxonomy().isEmpty()) row.put("taxonomy", d.taxonomy());
                    rows.add(row);
                }
                // one document, an object per version on a line of its own: `json.load` reads it, `grep` still finds a version
                out.println("[");
                for (int i = 0; i < rows.size(); i++) out.println(mapper.writeValueAsString(rows.get(i)) + (i + 1 < rows.size() ? "," : ""));
                out.println("]");
            }
            case "text" -> {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("id", "kommun / municipality", "från / from", "till / to", "källa / source", "titel / title"));
                for (PolicyPackage p : all) {
                    PolicyDefinition d = p.definition();
                    // the version's title, and the document's own title and year where that is not the same words
                    String title = d.title().equals(d.documentTitle()) ? d.title()
                            : d.title() + " · dokument / document: " + d.documentTitle();
                    rows.add(List.of(d.id(), d.municipality().id(), d.validFrom().toString(),
                            d.validTo() == null ? "–" : d.validTo().toString(), Labels.safe(d.source()), Labels.safe(title)));
                }
                int width = TextLayout.width(), used = 0;
                List<Integer> widths = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    int col = i;
                    widths.add(rows.stream().mapToInt(r -> TextLayout.length(r.get(col))).max().orElse(0));
                    used += widths.get(i) + 2;
                }
                if (width - used >= 30) {
                    TextLayout.table(out, "", rows, width);
                } else {
                    // too narrow for the title beside the rest: it goes on a line of its own, under the municipality
                    String indent = " ".repeat(widths.get(0) + 2);
                    for (List<String> r : rows) {
                        TextLayout.row(out, "", r.subList(0, 5), widths);
                        for (String l : TextLayout.wrap(r.get(5), width - indent.length())) out.println(indent + l);
                    }
                }
            }
            default -> throw new UserError("--format must be text or json, not " + format);
        }
        return Main.OK;
    }
}
