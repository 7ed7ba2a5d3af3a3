package se.integration.policy.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic set of Jönköping grant applications for impact tests: case {@code i} is built from
 * independent dimensions read off {@code i}, so a test can count, from the dimensions and the two
 * documents, exactly how many cases each change of the rules must touch.
 */
public final class GeneratedCases {
    /** Amounts on both sides of the 10 000 kr consultation threshold and of the 50 000 kr authority band. */
    static final long[] AMOUNTS = {10_000, 10_001, 50_000, 50_001};

    /** Headings both versions require of associations. */
    static final List<String> COMMON = List.of("ORGANISATION", "PURPOSE_AND_GOALS", "TARGET_GROUP", "ACTIVITIES", "TIMETABLE",
            "PARTNERS", "REACH_BY_GENDER", "BUDGET", "AFTER_PROJECT");
    static final List<String> ONLY_2023 = List.of("MEETINGS", "LIVING_CONDITIONS", "TRUST", "GENDER_EQUALITY");

    /** The dimensions of case {@code i}. */
    record Dimensions(int i, long amount, int sections, boolean urgent, boolean partners, boolean local, boolean receivedIn2024,
                      boolean priorityArea, boolean timeLimited) {
        /** The headings filled in: 0 the 2013 set, 1 the 2023 set, 2 both, 3 the 2023 set without INNOVATION, 4 the 2013 set with INNOVATION. */
        List<String> headings() {
            List<String> h = new ArrayList<>(COMMON);
            if (sections == 0 || sections == 2 || sections == 4) h.add("INTEGRATION");
            if (sections == 1 || sections == 2 || sections == 3) h.addAll(ONLY_2023);
            if (sections == 1 || sections == 2 || sections == 4) h.add("INNOVATION");
            return h;
        }
    }

    private GeneratedCases() {}

    static Dimensions dimensions(int i) {
        return new Dimensions(i, AMOUNTS[i % 4], (i / 4) % 5, (i / 20) % 2 == 1, (i / 40) % 2 == 1, (i / 80) % 2 == 1,
                (i / 160) % 2 == 1, (i / 320) % 2 == 0, i % 100 != 99);
    }

    /** Case {@code i} as one JSON line; {@code title} overrides the project's title where not null. */
    public static String json(int i, String title) {
        Dimensions d = dimensions(i);
        String received = d.receivedIn2024() ? "2024-03-01" : "2020-03-01";
        String asOf = d.receivedIn2024() ? "2024-03-15" : "2020-03-15";
        String start = d.receivedIn2024() ? "2024-05-01" : "2020-05-01";
        String end = d.receivedIn2024() ? "2025-04-30" : "2021-04-30";
        Map<String, String> sections = new LinkedHashMap<>();
        for (String h : d.headings()) sections.put(h, "Text för " + h.toLowerCase() + ".");
        StringBuilder sb = new StringBuilder();
        sb.append("{\"kind\":\"GRANT_APPLICATION\",\"caseId\":\"GEN-").append(String.format("%04d", i)).append("\",\"municipality\":\"jonkoping\",")
                .append("\"asOf\":\"").append(asOf).append("\",\"receivedOn\":\"").append(received).append("\",\"urgent\":").append(d.urgent()).append(',')
                .append("\"applicant\":{\"type\":\"ASSOCIATION\",\"name\":\"Förening ").append(i).append("\",\"members\":40,\"localIn\":[")
                .append(d.local() ? "\"OXNEHAGA\"" : "").append("]},\"signatory\":\"CHAIR\",")
                .append("\"project\":{\"title\":").append(quote(title != null ? title : "Projekt " + i)).append(",\"start\":\"").append(start).append('"')
                .append(d.timeLimited() ? ",\"end\":\"" + end + "\"" : "")
                .append(",\"areas\":[\"").append(d.priorityArea() ? "RASLATT" : "TORPA").append("\"],\"partners\":[")
                .append(d.partners() ? "\"Studieförbundet\"" : "").append("]},\"sections\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : sections.entrySet()) {
            if (!first) sb.append(',');
            first = false;
            sb.append('"').append(e.getKey()).append("\":").append(quote(e.getValue()));
        }
        sb.append("},\"attachments\":[\"STATUTES\",\"ANNUAL_REPORT\",\"AUDIT_REPORT\",\"BUDGET_CURRENT_YEAR\"],")
                .append("\"amounts\":{\"requested\":").append(d.amount()).append(",\"projectBudget\":").append(d.amount() + 5000).append("},")
                .append("\"disbursement\":\"ONCE\"}");
        return sb.toString();
    }

    public static List<String> lines(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(json(i, null));
        return out;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\');
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
