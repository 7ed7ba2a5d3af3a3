package se.integration.policy.reliability;

import static se.integration.policy.reliability.Json.ABSENT;
import static se.integration.policy.reliability.Json.F;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.facts.ApplicantCategory;
import se.integration.policy.core.facts.FocusArea;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.facts.PriorityArea;
import se.integration.policy.core.facts.ReportDeadline;
import se.integration.policy.core.facts.SignatoryRequirement;
import se.integration.policy.core.model.ActionPlan;
import se.integration.policy.core.model.Allocation;
import se.integration.policy.core.model.CaseKind;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.Limits;
import se.integration.policy.core.model.Municipality;

/**
 * Arbitraries of valid case JSON (contract §1) of every kind, shaped by the package that judges
 * them: its municipality, the dates around its validity, its thresholds (amounts from its
 * parameters, one below, on and above each), its priority and focus areas, its allocations. The
 * values vary as real cases do: each applicant type, headings present, blank or left out, amounts
 * on each side of 0, 10 000, 50 000 and the largest amount, dates on, before and after deadlines,
 * payments and reports, measures with and without their parts, known and unknown initiatives.
 */
final class CaseArbitraries {
    /** A generated case, with the package it is generated for ({@code null}: no package of the project judges its kind yet). */
    record GeneratedCase(PolicyPackage policy, CaseKind kind, ObjectNode json) {
        ObjectNode copy() { return json.deepCopy(); }

        String policyId() { return policy == null ? "(none)" : policy.id(); }

        @Override public String toString() { return policyId() + " " + json; }
    }

    static final List<String> CONTRACT_PRIORITY_AREAS = List.of("RASLATT", "OXNEHAGA", "OSTERANGEN", "HUSKVARNA_SODER");
    static final List<String> OTHER_AREAS = List.of("TORPA", "BRAHALL", "NORRAHALLAND", "A", "X_1");
    /** The focus areas contract §1.2 names for the action-plan municipalities (used where no package names its own). */
    static final List<String> CONTRACT_FOCUS_AREAS = List.of("MUTUAL_RESPECT", "WORK", "SCHOOL", "MUNICIPAL_DEVELOPMENT",
            "EDUCATION_CHILDREN_YOUTH", "WORK_ADULT_EDUCATION", "SOCIAL_COHESION", "UNACCOMPANIED_MINORS", "HOUSING", "HEALTH");
    static final List<Long> CONTRACT_THRESHOLDS = List.of(0L, 1L, 10_000L, 10_001L, 50_000L, 50_001L, Limits.MAX_AMOUNT - 1, Limits.MAX_AMOUNT);

    private CaseArbitraries() {}

    // ---------------------------------------------------------------- choosing

    /** Valid cases judged by the packages on the class path: every kind of every package. */
    static Arbitrary<GeneratedCase> judgedCases() {
        List<Arbitrary<GeneratedCase>> all = new ArrayList<>();
        for (PolicyPackage p : Project.packages()) for (CaseKind k : p.definition().kinds()) all.add(of(p, k));
        return Arbitraries.oneOf(all);
    }

    /** Valid cases of one package (any of its kinds). */
    static Arbitrary<GeneratedCase> casesOf(PolicyPackage p) {
        return Arbitraries.oneOf(p.definition().kinds().stream().map(k -> of(p, k)).toList());
    }

    /** Valid cases of every kind of the contract, with or without a package installed for it. */
    static Arbitrary<GeneratedCase> anyCases() {
        return Arbitraries.oneOf(judgedCases(), grant(null), plan(null), allocation(null));
    }

    static Arbitrary<GeneratedCase> of(PolicyPackage p, CaseKind kind) {
        return switch (kind) {
            case GRANT_APPLICATION -> grant(p);
            case ACTION_PLAN -> plan(p);
            case ALLOCATION -> allocation(p);
        };
    }

    /**
     * {@code n} samples drawn with a fixed seed: the same every run, for tests that need a given
     * spread rather than new surprises. (jqwik's {@code sampleStream()} draws from the calling
     * thread's source of randomness, which only its engine's {@code SourceOfRandomness} can seed.)
     */
    static <T> List<T> samples(Arbitrary<T> arbitrary, int n, long seed) {
        net.jqwik.engine.SourceOfRandomness.create(Long.toString(seed));
        try {
            return arbitrary.sampleStream().limit(n).toList();
        } finally {
            net.jqwik.engine.SourceOfRandomness.create(net.jqwik.engine.SourceOfRandomness.createRandomSeed());
        }
    }

    // ---------------------------------------------------------------- grant applications

    /** The project's dates, relative to which payments, reports and the day judged on are chosen. */
    record GrantTimeline(LocalDate received, LocalDate start, LocalDate end, LocalDate due) {}

    static Arbitrary<GeneratedCase> grant(PolicyPackage p) {
        int months = p == null ? 1 : p.definition().parameters(ReportDeadline.class).stream()
                .mapToInt(ReportDeadline::monthsAfterEnd).min().orElse(1);
        Arbitrary<GrantTimeline> timelines = Combinators.combine(dayIn(p, Municipality.JONKOPING), Arbitraries.integers().between(0, 120),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(-1)), Tuple.of(4, Arbitraries.integers().between(0, 900)),
                        Tuple.of(4, Arbitraries.integers().between(365, 800))))
                .as((received, startAfter, length) -> {
                    LocalDate start = received.plusDays(startAfter);
                    LocalDate end = length < 0 ? null : start.plusDays(length);
                    return new GrantTimeline(received, start, end, end == null ? null : end.plusMonths(months));
                });
        Arbitrary<GrantApplication.ApplicantType> types = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(GrantApplication.ApplicantType.ASSOCIATION)),
                Tuple.of(2, Arbitraries.just(GrantApplication.ApplicantType.ORGANISATION)),
                Tuple.of(3, Arbitraries.just(GrantApplication.ApplicantType.MUNICIPAL_UNIT)),
                Tuple.of(1, Arbitraries.just(GrantApplication.ApplicantType.INDIVIDUAL)));
        return Combinators.combine(timelines, types).as(GrantShape::new).flatMap(shape -> grantJson(p, shape.timeline(), shape.type()))
                .map(json -> new GeneratedCase(p, CaseKind.GRANT_APPLICATION, (ObjectNode) json));
    }

    private record GrantShape(GrantTimeline timeline, GrantApplication.ApplicantType type) {}

    /** Who must sign for an applicant type under a package (its SignatoryRequirement), or the contract's usual signatory. */
    /** The follow-up section keys of contract §1.2. */
    static final List<String> FOLLOW_UP_SECTIONS = List.of("MEASURABLE_GOALS", "WORK_DONE", "RESULTS", "INTEGRATION_PERSPECTIVE");
    /** The heading keys of contract §1.1. */
    static final List<String> HEADINGS = List.of("ORGANISATION", "PURPOSE_AND_GOALS", "TARGET_GROUP", "INTEGRATION", "MEETINGS", "LIVING_CONDITIONS", "TRUST", "ACTIVITIES", "TIMETABLE", "PARTNERS", "GENDER_EQUALITY", "REACH_BY_GENDER", "INNOVATION", "BUDGET", "AFTER_PROJECT", "INTERNAL_INFORMATION", "WHY_NOT_REGULAR_BUDGET", "INTEGRATION_INTO_REGULAR_OPERATIONS");

    private static String rightSignatory(PolicyPackage p, GrantApplication.ApplicantType type) {
        ApplicantCategory category = type == GrantApplication.ApplicantType.MUNICIPAL_UNIT ? ApplicantCategory.MUNICIPAL_UNIT : ApplicantCategory.ASSOCIATION;
        if (p != null) {
            for (SignatoryRequirement r : p.definition().parameters(SignatoryRequirement.class)) {
                if (r.category() == category) return r.role();
            }
        }
        return category == ApplicantCategory.MUNICIPAL_UNIT ? "HEAD_OF_OPERATIONS" : "CHAIR";
    }

    private static Arbitrary<JsonNode> grantJson(PolicyPackage p, GrantTimeline t, GrantApplication.ApplicantType type) {
        List<String> areas = areaKeys(p);
        List<String> headings = List.of("ORGANISATION", "PURPOSE_AND_GOALS", "TARGET_GROUP", "INTEGRATION", "MEETINGS", "LIVING_CONDITIONS", "TRUST", "ACTIVITIES", "TIMETABLE", "PARTNERS", "GENDER_EQUALITY", "REACH_BY_GENDER", "INNOVATION", "BUDGET", "AFTER_PROJECT", "INTERNAL_INFORMATION", "WHY_NOT_REGULAR_BUDGET", "INTEGRATION_INTO_REGULAR_OPERATIONS");
        List<String> attachments = List.of("STATUTES", "ANNUAL_REPORT", "AUDIT_REPORT", "BUDGET_CURRENT_YEAR");
        return Json.object(
                "kind", Json.just("GRANT_APPLICATION"),
                "caseId", Json.maybe(caseIds()),
                "municipality", Json.just(municipality(p, Municipality.JONKOPING)),
                "asOf", asOf(grantDays(t), t.start()),
                "meta", Json.maybe(meta(), 3),
                "receivedOn", Json.maybe(Json.date(t.received()), 8),
                "urgent", Json.maybe(Json.booleans()),
                "applicant", Json.object(
                        "type", Json.just(type.name()),
                        "name", Json.maybe(freeText()),
                        "members", Json.maybe(counts()),
                        "localIn", Json.maybe(keyList(areas, 3))),
                "signatory", Arbitraries.frequencyOf(Tuple.of(6, Json.just(rightSignatory(p, type))),
                        Tuple.of(1, Json.oneOfTexts(List.of("CHAIR", "HEAD_OF_OPERATIONS", "OTHER"))), Tuple.of(1, Json.just(ABSENT))),
                "project", Json.object(
                        "title", Json.maybe(freeText()),
                        "start", Json.maybe(Json.date(t.start()), 8),
                        "end", t.end() == null ? Json.just(ABSENT) : Json.date(t.end()),
                        "areas", Json.maybe(keyList(areas, 3)),
                        "municipalityWide", Json.maybe(Json.booleans()),
                        "partners", Json.maybe(Json.array(freeText(), 0, 2)),
                        "coFinanciers", Json.maybe(Json.array(freeText(), 0, 2)),
                        "reach", Json.maybe(Json.object("girls", Json.maybe(counts()), "boys", Json.maybe(counts()),
                                "women", Json.maybe(counts()), "men", Json.maybe(counts())))),
                "sections", Arbitraries.frequencyOf(Tuple.of(1, Json.just(ABSENT)),
                        Tuple.of(6, Json.objectOfKeys(headings, freeText())),          // every heading filled in
                        Tuple.of(4, Json.objectOfKeys(headings, headingText()))),      // some blank, empty, null or left out
                "attachments", Arbitraries.frequencyOf(Tuple.of(1, Json.just(ABSENT)),
                        Tuple.of(5, Json.just(Json.F.arrayNode().addAll(attachments.stream().map(F::textNode).toList()))),
                        Tuple.of(3, keyList(attachments, 5))),
                "amounts", Json.object(
                        "requested", Json.longs(amounts(p)),
                        "projectBudget", Json.maybe(Json.longs(amounts(p))),
                        "totalBudget", Json.maybe(Json.longs(amounts(p))),
                        "ownContribution", Json.maybe(Json.longs(amounts(p))),
                        "otherGrants", Json.maybe(Json.longs(amounts(p)))),
                "disbursement", Arbitraries.frequencyOf(Tuple.of(3, Json.just("HALF_YEARLY")), Tuple.of(1, Json.just("ONCE")), Tuple.of(1, Json.just(ABSENT))),
                "grant", Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(ABSENT)), Tuple.of(3, grantDecided(p, t))));
    }

    private static Arbitrary<JsonNode> grantDecided(PolicyPackage p, GrantTimeline t) {
        List<LocalDate> days = grantDays(t);
        Arbitrary<LocalDate> paymentDays = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(-3, 3))
                .as((k, jitter) -> t.start().plusMonths(6L * k).plusDays(jitter));
        // interim reports mostly in the half-year before a payment (so that a payment after the first is preceded by one)
        Arbitrary<LocalDate> beforeAPayment = Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 20))
                .as((k, before) -> t.start().plusMonths(6L * k).minusDays(before));
        Arbitrary<LocalDate> reportDays = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(days)),
                Tuple.of(2, paymentDays),
                Tuple.of(2, beforeAPayment),
                Tuple.of(1, Arbitraries.integers().between(-30, 900).map(d -> t.start().plusDays(d))));
        return Json.object(
                "granted", Json.longs(amounts(p)),
                "decidedOn", Json.maybe(Json.date(Arbitraries.integers().between(0, 60).map(d -> t.received().plusDays(d)))),
                "contactPerson", Json.maybe(Arbitraries.oneOf(freeText(), Json.just("  "), Json.just(""))),
                "payments", Arbitraries.frequencyOf(Tuple.of(1, Json.just(ABSENT)),
                        Tuple.of(4, halfYearlyPayments(p, t)),
                        Tuple.of(1, Json.array(Json.object(
                                "date", Json.date(paymentDays),
                                "amount", Json.maybe(Json.longs(amounts(p)))), 0, 4))),
                "reports", Json.maybe(Json.array(Json.object(
                        "type", Arbitraries.frequencyOf(Tuple.of(2, Json.just("INTERIM")), Tuple.of(1, Json.constant(GrantApplication.ReportType.class))),
                        "submittedOn", Json.date(reportDays)), 0, 5), 6),
                "spent", Json.maybe(Json.longs(amounts(p))),
                "activitiesCarriedOut", Json.maybe(Json.booleans()),
                "importantChanges", Json.maybe(Json.array(Json.object(
                        "date", Json.date(Arbitraries.integers().between(0, 400).map(d -> t.start().plusDays(d))),
                        "reported", Json.booleans()), 0, 2)));
    }

    /** Payments every half-year from the project's start (a few days either side), as many as 0 to 4. */
    private static Arbitrary<JsonNode> halfYearlyPayments(PolicyPackage p, GrantTimeline t) {
        return Arbitraries.integers().between(0, 4).flatMap(n -> {
            if (n == 0) return Json.just(F.arrayNode());
            List<Arbitrary<JsonNode>> payments = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDate due = t.start().plusMonths(6L * i);
                payments.add(Json.object("date", Json.date(Arbitraries.integers().between(-3, 3).map(due::plusDays)),
                        "amount", Json.maybe(Json.longs(amounts(p)))));
            }
            return Combinators.combine(payments).as(list -> {
                var a = F.arrayNode();
                list.forEach(a::add);
                return (JsonNode) a;
            });
        });
    }

    /** The days on which something happens to a grant: on, the day before and the day after each deadline. */
    private static List<LocalDate> grantDays(GrantTimeline t) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(t.received());
        for (int k = 0; k <= 3; k++) {
            around(days, t.start().plusMonths(6L * k));
            days.add(t.start().plusMonths(6L * k).plusDays(30)); // between payments, while the project runs
        }
        if (t.end() != null) around(days, t.end());
        if (t.due() != null) around(days, t.due());
        days.add(Project.TODAY);
        return List.copyOf(days);
    }

    // ---------------------------------------------------------------- action plans

    static Arbitrary<GeneratedCase> plan(PolicyPackage p) {
        Window w = window(p, Municipality.MELLERUD);
        int from = Math.max((int) Limits.MIN_YEAR, w.from().getYear() - 1), to = Math.min((int) Limits.MAX_YEAR, w.to().getYear() + 1);
        Arbitrary<Integer> years = Arbitraries.integers().between(from, to);
        return years.flatMap(year -> planJson(p, year)).map(json -> new GeneratedCase(p, CaseKind.ACTION_PLAN, consistent((ObjectNode) json)));
    }

    /**
     * A valid plan says whollyOwned of a company only, and has no follow-up dated before the plan's
     * adoption (the reader refuses both): the generated values are made to agree.
     */
    private static ObjectNode consistent(ObjectNode plan) {
        ObjectNode organisation = (ObjectNode) plan.get("organisation");
        if (organisation != null && !"COMPANY".equals(organisation.path("type").asText())) organisation.remove("whollyOwned");
        JsonNode adopted = plan.get("adoptedOn"), followUp = plan.get("followUp");
        if (adopted != null && adopted.isTextual() && followUp instanceof ObjectNode f && f.path("submittedOn").isTextual()
                && LocalDate.parse(f.get("submittedOn").asText()).isBefore(LocalDate.parse(adopted.asText()))) {
            plan.set("adoptedOn", f.get("submittedOn"));
        }
        return plan;
    }

    private static Arbitrary<JsonNode> planJson(PolicyPackage p, int year) {
        List<String> focus = focusAreaKeys(p);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d : List.of(LocalDate.of(year, 3, 31), LocalDate.of(year, 6, 30), LocalDate.of(year, 9, 30),
                LocalDate.of(year, 12, 31), LocalDate.of(year + 1, 12, 31))) {
            days.add(d);
            days.add(d.plusDays(1));
        }
        Arbitrary<LocalDate> inYears = Arbitraries.integers().between(-200, 1200).map(d -> LocalDate.of(year, 1, 1).plusDays(d));
        Arbitrary<LocalDate> dated = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(days)), Tuple.of(1, inYears));
        Arbitrary<JsonNode> timeframe = Combinators.combine(inYears, Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 3))
                .as((start, length, shape) -> {
                    ObjectNode o = F.objectNode();
                    if (shape != 1) o.put("start", start.toString());
                    if (shape != 2) o.put("end", start.plusDays(length).toString());
                    return (JsonNode) o;
                });
        Arbitrary<JsonNode> measure = Json.object(
                "title", Json.maybe(freeText(), 6),
                "focusAreas", Json.maybe(keyList(focus, 3), 6),
                "targets", Arbitraries.frequencyOf(Tuple.of(3, Json.just(F.arrayNode().add("CHILDREN").add("ADULTS"))),
                        Tuple.of(2, Json.just(F.arrayNode().add("CHILDREN"))), Tuple.of(2, Json.just(F.arrayNode().add("ADULTS"))),
                        Tuple.of(1, keyList(names(ActionPlan.Target.class), 2)), Tuple.of(1, Json.just(ABSENT))),
                "timeframe", Json.maybe(timeframe),
                "responsible", Json.maybe(Arbitraries.oneOf(freeText(), Json.just(" "))),
                "effectMeasurement", Json.maybe(Arbitraries.oneOf(freeText(), Json.just(""))),
                "followUpInterval", Json.maybe(Json.constant(ActionPlan.FollowUpInterval.class)),
                "measurableGoal", Json.maybe(freeText()));
        // the organisation types the package's duties fall on (an OrganisationType its parameters name), as often as any type
        List<String> dutied = components(p, "appliesTo").filter(v -> v instanceof ActionPlan.OrganisationType)
                .map(v -> ((ActionPlan.OrganisationType) v).name()).distinct().toList();
        Arbitrary<JsonNode> types = dutied.isEmpty() ? Json.constant(ActionPlan.OrganisationType.class)
                : Arbitraries.frequencyOf(Tuple.of(1, Json.oneOfTexts(dutied)), Tuple.of(1, Json.constant(ActionPlan.OrganisationType.class)));
        Arbitrary<JsonNode> organisation = Combinators.combine(types, Json.maybe(freeText()),
                Json.maybe(Json.booleans(), 2)).as((type, name, owned) -> {
                    ObjectNode o = F.objectNode();
                    o.set("type", type);
                    if (!name.isMissingNode()) o.set("name", name);
                    if (!owned.isMissingNode()) o.set("whollyOwned", owned);
                    return (JsonNode) o;
                });
        return Json.object(
                "kind", Json.just("ACTION_PLAN"),
                "caseId", Json.maybe(caseIds()),
                "municipality", Json.just(municipality(p, Municipality.MELLERUD)),
                "asOf", asOf(days, LocalDate.of(year, 1, 1)),
                "meta", Json.maybe(meta(), 3),
                "organisation", organisation,
                "year", Json.maybe(Json.ints(Arbitraries.just(year)), 10),
                "adoptedOn", Json.maybe(Json.date(dated)),
                "contactPerson", Arbitraries.frequencyOf(Tuple.of(6, freeText()), Tuple.of(1, Json.just("   ")), Tuple.of(1, Json.just(ABSENT))),
                "measures", Json.maybe(Json.array(measure, 0, 5), 8),
                "keyFigures", Arbitraries.frequencyOf(Tuple.of(5, Json.array(freeText(), 1, 3)),
                        Tuple.of(2, Json.array(Arbitraries.oneOf(freeText(), Json.just(" ")), 0, 3)), Tuple.of(1, Json.just(ABSENT))),
                "followUp", Json.maybe(Json.object(
                        "submittedOn", Json.maybe(Json.date(dated)),
                        "sections", Arbitraries.frequencyOf(Tuple.of(1, Json.just(ABSENT)),
                                Tuple.of(4, Json.objectOfKeys(FOLLOW_UP_SECTIONS, freeText())),
                                Tuple.of(3, Json.objectOfKeys(FOLLOW_UP_SECTIONS, headingText())))), 2));
    }

    // ---------------------------------------------------------------- allocations

    static Arbitrary<GeneratedCase> allocation(PolicyPackage p) {
        Window w = window(p, Municipality.LIDKOPING);
        Set<Integer> years = new TreeSet<>();
        for (long y : parameterNumbers(p, "year")) if (y >= Limits.MIN_YEAR && y <= Limits.MAX_YEAR) years.add((int) y);
        for (int y = w.from().getYear() - 1; y <= w.to().getYear() + 1 && y <= Limits.MAX_YEAR; y++) years.add(y);
        List<String> recipients = new ArrayList<>(new LinkedHashSet<>(parameterTexts(p, "recipient")));
        recipients.addAll(List.of("KULTUR_OCH_FRITIDSNAMNDEN", "SOCIALNAMNDEN", "OKAND_NAMND"));
        List<String> initiatives = parameterTexts(p, "initiative");
        Arbitrary<JsonNode> initiative = initiatives.isEmpty() ? freeText()
                : Arbitraries.frequencyOf(Tuple.of(3, Json.oneOfTexts(initiatives)), Tuple.of(1, freeText()));
        Arbitrary<GeneratedCase> any = Arbitraries.of(new ArrayList<>(years)).flatMap(year -> allocation(p, year,
                Json.oneOfTexts(recipients), initiative, Json.maybe(Json.longs(amounts(p)))));
        // a claim on an allocation the package's decision makes (its recipient, initiative and year), for
        // about the amount allocated: the rules about the amount need all three to match
        List<ParameterFact> made = p == null ? List.of() : p.definition().parameters().stream()
                .filter(f -> !components(f, "recipient").isEmpty() && !components(f, "initiative").isEmpty()
                        && !numbers(f, "year").isEmpty() && !numbers(f, "amount").isEmpty()).toList();
        if (made.isEmpty()) return any;
        Arbitrary<GeneratedCase> onADecision = Arbitraries.of(made).flatMap(f -> {
            long amount = numbers(f, "amount").get(0);
            return allocation(p, (int) (long) numbers(f, "year").get(0),
                    Json.just(String.valueOf(components(f, "recipient").get(0))),
                    Json.just(String.valueOf(components(f, "initiative").get(0))),
                    Json.longs(Arbitraries.of(Math.max(0, amount - 1), amount, amount + 1)));
        });
        return Arbitraries.frequencyOf(Tuple.of(2, any), Tuple.of(1, onADecision));
    }

    private static Arbitrary<GeneratedCase> allocation(PolicyPackage p, int year, Arbitrary<JsonNode> recipient,
            Arbitrary<JsonNode> initiative, Arbitrary<JsonNode> claimed) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), LocalDate.of(year, 12, 31),
                LocalDate.of(year + 1, 1, 20), LocalDate.of(year + 1, 12, 31))) around(days, d);
        return Json.object(
                "kind", Json.just("ALLOCATION"),
                "caseId", Json.maybe(caseIds()),
                "municipality", Json.just(municipality(p, Municipality.LIDKOPING)),
                "asOf", asOf(days, LocalDate.of(year, 1, 1)),
                "meta", Json.maybe(meta(), 3),
                "recipient", recipient,
                "initiative", initiative,
                "year", Json.ints(Arbitraries.just(year)),
                "claimed", claimed,
                "status", Json.maybe(Json.constant(Allocation.Status.class)),
                "reportBacks", Json.maybe(Json.array(Json.object("date", Json.date(Arbitraries.of(days))), 0, 3)))
                .map(json -> new GeneratedCase(p, CaseKind.ALLOCATION, (ObjectNode) json));
    }

    // ---------------------------------------------------------------- values

    /** The period around a package's validity (its first day to its last, or a year past today). */
    record Window(LocalDate from, LocalDate to) {}

    static Window window(PolicyPackage p, Municipality fallback) {
        if (p == null) {
            LocalDate from = Project.packages().stream().filter(x -> x.definition().municipality() == fallback)
                    .map(x -> x.definition().validFrom()).min(LocalDate::compareTo).orElse(LocalDate.of(2013, 1, 1));
            return new Window(from, Project.TODAY.plusYears(1));
        }
        PolicyDefinition d = p.definition();
        return new Window(d.validFrom(), d.validTo() != null ? d.validTo() : Project.TODAY.plusYears(1));
    }

    /** A day in a package's window: mostly inside it, sometimes on or just beyond its edges. */
    static Arbitrary<LocalDate> dayIn(PolicyPackage p, Municipality fallback) {
        Window w = window(p, fallback);
        long days = ChronoUnit.DAYS.between(w.from(), w.to());
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(w.from().minusDays(1), w.from(), w.to(), w.to().plusDays(1))),
                Tuple.of(5, Arbitraries.longs().between(0, days).map(w.from()::plusDays)));
    }

    /** The day judged on: one of the days that matter, a random day, or absent (today). */
    private static Arbitrary<JsonNode> asOf(List<LocalDate> days, LocalDate near) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(ABSENT)),
                Tuple.of(6, Json.date(Arbitraries.of(days))),
                Tuple.of(3, Json.date(Arbitraries.integers().between(-60, 1500).map(near::plusDays))));
    }

    private static void around(Collection<LocalDate> days, LocalDate d) {
        days.add(d.minusDays(1));
        days.add(d);
        days.add(d.plusDays(1));
    }

    /** Amounts: on and beside each threshold of the contract and of the package's parameters, and anything else. */
    static Arbitrary<Long> amounts(PolicyPackage p) {
        Set<Long> edges = new TreeSet<>(CONTRACT_THRESHOLDS);
        for (long t : parameterNumbers(p, "amount")) {
            for (long v : new long[] {t - 1, t, t + 1}) if (v >= 0 && v <= Limits.MAX_AMOUNT) edges.add(v);
        }
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(new ArrayList<>(edges))),
                Tuple.of(4, Arbitraries.longs().between(0, 200_000)),
                Tuple.of(1, Arbitraries.longs().between(0, Limits.MAX_AMOUNT)));
    }

    private static Arbitrary<JsonNode> counts() {
        return Json.longs(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.longs().between(0, 500)),
                Tuple.of(1, Arbitraries.of(0L, Limits.MAX_COUNT))));
    }

    /** A heading's text: filled in, blank, empty, null or left out. */
    private static Arbitrary<JsonNode> headingText() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, freeText()),
                Tuple.of(1, Json.just(" \t ")),
                Tuple.of(1, Json.just("")),
                Tuple.of(1, Json.just(F.nullNode())),
                Tuple.of(3, Arbitraries.just(ABSENT)));
    }

    /**
     * Free text as people write it (å/ä/ö, quotes, new lines, markup, text that looks like rules),
     * each with a token of its own, so that a test can tell whether a text of the case turns up elsewhere.
     */
    static Arbitrary<JsonNode> freeText() {
        Arbitrary<String> words = Arbitraries.of("Läxhjälp och föräldrakaffe", "Språkcafé på Råslätt", "Samtal om \"tillit\"",
                "Öppen förskola\nmed mötesplats", "<b>Kvinnor</b> & män", "rule \"x\" when then System.exit(1); end",
                "${jndi:ldap://x}", "Förening för Östra Ängen", "Ä", "Integrationsstrateg");
        Arbitrary<String> token = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofLength(8);
        return Combinators.combine(words, token).as((w, t) -> (JsonNode) F.textNode(w + " #" + t));
    }

    private static Arbitrary<JsonNode> caseIds() {
        return Json.texts(Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars("-_åäö ").ofMinLength(1).ofMaxLength(20));
    }

    private static Arbitrary<JsonNode> meta() {
        return Json.object(
                "source", Json.maybe(freeText()),
                "n", Json.maybe(Json.ints(Arbitraries.integers())),
                "@class", Json.maybe(Json.just("java.lang.ProcessBuilder"), 2),
                "nested", Json.maybe(Json.object("a", Json.array(Json.ints(Arbitraries.integers().between(0, 9)), 0, 3),
                        "b", Json.maybe(Json.just(F.nullNode())))));
    }

    /** A list of keys from {@code keys} (repeats possible, as people repeat themselves). */
    private static Arbitrary<JsonNode> keyList(List<String> keys, int max) {
        return Json.array(Json.oneOfTexts(keys), 0, max);
    }

    static List<String> areaKeys(PolicyPackage p) {
        Set<String> keys = new LinkedHashSet<>(CONTRACT_PRIORITY_AREAS);
        if (p != null) p.definition().parameters(PriorityArea.class).forEach(a -> keys.add(a.key()));
        keys.addAll(OTHER_AREAS);
        return List.copyOf(keys);
    }

    static List<String> priorityAreaKeys(PolicyPackage p) {
        return p.definition().parameters(PriorityArea.class).stream().map(PriorityArea::key).toList();
    }

    /** The package's focus areas (a plan naming another is invalid under it), or the contract's where no package names any. */
    static List<String> focusAreaKeys(PolicyPackage p) {
        List<String> own = p == null ? List.of() : p.definition().parameters(FocusArea.class).stream().map(FocusArea::key).toList();
        return own.isEmpty() ? CONTRACT_FOCUS_AREAS : own;
    }

    private static String municipality(PolicyPackage p, Municipality fallback) {
        return (p == null ? fallback : p.definition().municipality()).id();
    }

    static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    // ---------------------------------------------------------------- values from a package's parameters

    /** Whole numbers of the package's parameters whose component name contains {@code nameContains} (any case), lists included. */
    static List<Long> parameterNumbers(PolicyPackage p, String nameContains) {
        List<Long> out = new ArrayList<>();
        components(p, nameContains).forEach(v -> {
            if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) out.add(n.longValue());
        });
        return out;
    }

    /** Texts of the package's parameters whose component name contains {@code nameContains} (any case), lists included. */
    static List<String> parameterTexts(PolicyPackage p, String nameContains) {
        List<String> out = new ArrayList<>();
        components(p, nameContains).forEach(v -> { if (v instanceof String s && !s.isBlank()) out.add(s); });
        return out;
    }

    private static Stream<Object> components(PolicyPackage p, String nameContains) {
        if (p == null) return Stream.empty();
        return p.definition().parameters().stream().flatMap(f -> components(f, nameContains).stream());
    }

    /** Whole numbers of one parameter whose component name contains {@code nameContains} (any case). */
    static List<Long> numbers(ParameterFact fact, String nameContains) {
        List<Long> out = new ArrayList<>();
        for (Object v : components(fact, nameContains)) {
            if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) out.add(n.longValue());
        }
        return out;
    }

    private static List<Object> components(ParameterFact fact, String nameContains) {
        List<Object> values = new ArrayList<>();
        if (!fact.getClass().isRecord()) return values;
        for (RecordComponent c : fact.getClass().getRecordComponents()) {
            if (!c.getName().toLowerCase().contains(nameContains.toLowerCase())) continue;
            try {
                Object v = c.getAccessor().invoke(fact);
                if (v instanceof Collection<?> list) values.addAll(list);
                else if (v != null) values.add(v);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }
}
