package se.integration.policy.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.facts.*;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.GrantApplication.ApplicantType;
import se.integration.policy.core.model.GrantApplication.Disbursement;
import se.integration.policy.core.model.GrantApplication.Grant;
import se.integration.policy.core.model.GrantApplication.ImportantChange;
import se.integration.policy.core.model.GrantApplication.ReportType;
import se.integration.policy.core.result.*;

/**
 * The Jönköping 2023 guidelines written by hand in plain Java: the physical limit the evaluator is
 * measured against. It gives the result the library gives (the core's shared rule sets {@code validity}
 * and {@code grant} with the package's parameters, and the package's own rules), with the same rule
 * ids, citations and messages; {@code HandWrittenAgreesWithTheLibraryTest} holds it to that. The
 * parameters are the package's own ({@code policy.json}), grouped once; each evaluation is straight
 * code over the case. Thread-safe.
 *
 * <p>Not a second implementation to maintain: it lives only in the benchmark module.
 */
public final class HandWrittenJonkoping2023 {
    private static final String GRANT = "core.grant/", VALIDITY = "core.validity/", OWN = "jonkoping-2023/";

    private final PolicyDefinition d;
    private final PolicyRef ref;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<ApplicantCategory, List<HeadingRequirement>> headings = new EnumMap<>(ApplicantCategory.class);
    private final Map<ApplicantCategory, List<AttachmentRequirement>> attachments = new EnumMap<>(ApplicantCategory.class);
    private final Map<ApplicantCategory, List<SignatoryRequirement>> signatories = new EnumMap<>(ApplicantCategory.class);
    private final Map<String, PriorityArea> priorityAreas = new HashMap<>();
    private final List<Encouragement> otherAreas = new ArrayList<>(), municipalityWide = new ArrayList<>();
    private final List<AuthorityBand> bands;
    private final List<ConsultationRequirement> consultations;
    private final List<Preparer> preparers;
    private final List<ApplicantMeetingRequirement> meetings;
    private final List<Duty> duties;
    private final List<InterimReporting> interim;
    private final List<ReportDeadline> deadlines;
    private final List<RepaymentCondition> repaymentConditions;
    private final List<RevisionDue> revisions;
    private final List<ExcludedApplicant> excluded;
    private final List<TimeLimitRequirement> timeLimits;
    private final Texts sv, en;

    public HandWrittenJonkoping2023(PolicyPackage p) {
        this.d = p.definition();
        this.ref = d.ref();
        d.sources().forEach((id, t) -> sources.put(id, new Source(d.source(), d.documentTitle(), t.section(), t.quote())));
        for (ApplicantCategory c : ApplicantCategory.values()) {
            headings.put(c, d.parameters(HeadingRequirement.class).stream().filter(h -> h.category() == c).toList());
            attachments.put(c, d.parameters(AttachmentRequirement.class).stream().filter(a -> a.category() == c).toList());
            signatories.put(c, d.parameters(SignatoryRequirement.class).stream().filter(s -> s.category() == c).toList());
        }
        for (PriorityArea a : d.parameters(PriorityArea.class)) priorityAreas.putIfAbsent(a.key(), a);
        for (Encouragement e : d.parameters(Encouragement.class)) {
            if (e.effort().equals("OTHER_AREAS")) otherAreas.add(e);
            if (e.effort().equals("MUNICIPALITY_WIDE")) municipalityWide.add(e);
        }
        bands = d.parameters(AuthorityBand.class);
        consultations = d.parameters(ConsultationRequirement.class);
        preparers = d.parameters(Preparer.class);
        meetings = d.parameters(ApplicantMeetingRequirement.class);
        duties = d.parameters(Duty.class);
        interim = d.parameters(InterimReporting.class);
        deadlines = d.parameters(ReportDeadline.class);
        repaymentConditions = d.parameters(RepaymentCondition.class);
        revisions = d.parameters(RevisionDue.class);
        excluded = d.parameters(ExcludedApplicant.class);
        timeLimits = d.parameters(TimeLimitRequirement.class);
        sv = new Texts(p, Locale.forLanguageTag("sv"));
        en = new Texts(p, Locale.ENGLISH);
    }

    /** Judges an application on a day, as {@code PolicyEngine.evaluate(application, "jonkoping-2023")} does. */
    public Result evaluate(GrantApplication g, LocalDate asOf) {
        Out out = new Out();
        LocalDate reference = g.referenceDate() != null ? g.referenceDate() : asOf;
        Grant grant = g.grant();
        LocalDate end = g.project().end();

        // validity
        if (reference.isBefore(d.validFrom()) || (d.validTo() != null && reference.isAfter(d.validTo()))) {
            Judgement j = Judgement.of(d, asOf, reference);
            out.finding(Severity.WARNING, false, "POLICY_NOT_IN_FORCE", d.id(), VALIDITY + "Validity: the version applied was not in force on the case's date",
                    "validity", reference.toString(), d.validFrom().toString(), j.validToText(), j.assumedDatesText());
        }
        for (RevisionDue r : revisions) {
            if (asOf.isAfter(r.date())) {
                out.finding(Severity.WARNING, false, "POLICY_REVISION_OVERDUE", r.date().toString(),
                        VALIDITY + "Validity: judged after the date by which the policy is to be revised", r.cite());
            }
        }

        // eligibility
        ApplicantType type = g.applicant().type();
        for (ExcludedApplicant x : excluded) {
            if (type == x.applicantType()) {
                out.finding(Severity.ERROR, true, x.code(), null, GRANT + "Eligibility: an applicant of a type the guidelines never grant", x.cite());
            }
        }
        for (TimeLimitRequirement t : timeLimits) {
            if (end == null) out.finding(Severity.ERROR, true, "NOT_TIME_LIMITED", null, GRANT + "Eligibility: a project grant is always time-limited", t.cite());
        }

        // the package's own rules
        if (g.project().hasPartnersOrCoFinanciers()) {
            out.factor("PARTNERSHIP", null, OWN + "Anvisningar: applications with partners or co-financiers are encouraged", "priority.partnership");
            out.finding(Severity.INFO, false, "PARTNERSHIP_ENCOURAGED", null, OWN + "Anvisningar: applications with partners or co-financiers are encouraged", "priority.partnership");
        }

        // classification
        ApplicantCategory category = type == ApplicantType.ASSOCIATION || type == ApplicantType.ORGANISATION ? ApplicantCategory.ASSOCIATION
                : type == ApplicantType.MUNICIPAL_UNIT ? ApplicantCategory.MUNICIPAL_UNIT : null;

        // completeness
        if (category != null) {
            for (HeadingRequirement h : headings.get(category)) {
                if (!g.hasSection(h.key())) {
                    if (h.required()) out.finding(Severity.ERROR, false, "MISSING_SECTION", h.key(), GRANT + "Completeness: a required heading is missing or blank", h.cite());
                    else out.finding(Severity.INFO, false, "OPTIONAL_SECTION_MISSING", h.key(), GRANT + "Completeness: an optional heading is left out", h.cite());
                }
            }
            for (AttachmentRequirement a : attachments.get(category)) {
                if (!g.attachments().contains(a.key())) {
                    out.finding(Severity.ERROR, false, "MISSING_ATTACHMENT", a.key(), GRANT + "Completeness: a required attachment is missing", a.cite());
                }
            }
            for (SignatoryRequirement s : signatories.get(category)) {
                if (!s.role().equals(g.signatory())) {
                    out.finding(Severity.ERROR, false, "WRONG_SIGNATORY", s.role(), GRANT + "Completeness: the application is not signed by the one who must sign it", s.cite());
                }
            }
        }

        // priority
        boolean inPriorityArea = false;
        Set<String> areas = new LinkedHashSet<>(g.project().areas());
        for (String area : areas) {
            PriorityArea p = priorityAreas.get(area);
            if (p != null) {
                inPriorityArea = true;
                out.factor("PRIORITY_AREA", area, GRANT + "Priority: the project works in a priority area", p.cite());
                out.finding(Severity.INFO, false, "PRIORITY_AREA", area, GRANT + "Priority: the project works in a priority area", p.cite());
            } else {
                for (Encouragement e : otherAreas) {
                    out.finding(Severity.INFO, false, "ENCOURAGED_AREA", area, GRANT + "Priority: a project in another residential area is encouraged too", e.cite());
                }
            }
        }
        if (g.project().municipalityWide()) {
            for (Encouragement e : municipalityWide) {
                out.factor("MUNICIPALITY_WIDE", null, GRANT + "Priority: a municipality-wide effort is encouraged", e.cite());
                out.finding(Severity.INFO, false, "MUNICIPALITY_WIDE_ENCOURAGED", null, GRANT + "Priority: a municipality-wide effort is encouraged", e.cite());
            }
        }

        // decision
        long requested = g.amounts().requested();
        for (AuthorityBand b : bands) {
            if (b.covers(requested)) out.authority(b.authority(), GRANT + "Decision: the amount applied for decides who decides", b.cite());
        }
        for (ConsultationRequirement c : consultations) {
            if (c.condition() == ConsultationRequirement.When.PRIORITY_AREA_PROJECT) {
                if (inPriorityArea) out.consultation(c.party(), GRANT + "Decision: a party consulted when the project works in a priority area", c.cite());
            } else if (c.appliesTo(requested)) {
                out.consultation(c.party(), GRANT + "Decision: a party consulted always, or above an amount", c.cite());
            }
        }
        for (Preparer p : preparers) out.preparedBy(p.official(), GRANT + "Decision: the official whose statement is the basis for the decision", p.cite());
        for (ApplicantMeetingRequirement m : meetings) out.meeting(GRANT + "Decision: the official always meets the applicant", m.cite());

        if (grant != null) {
            // interim reports
            if (g.disbursement() == Disbursement.HALF_YEARLY) {
                List<PaymentOccasion> occasions = PaymentOccasion.of(grant);
                for (InterimReporting r : interim) {
                    for (PaymentOccasion o : occasions) {
                        LocalDate date = o.date();
                        if (o.previous() == null) continue;
                        if (o.interimReportBefore() != null) {
                            out.obligation("INTERIM_REPORT", date.toString(), date, ObligationStatus.MET,
                                    GRANT + "Interim reports: a payment after the first was preceded by an interim report", r.cite());
                        } else {
                            String rule = GRANT + "Interim reports: a payment after the first was made without an interim report";
                            out.obligation("INTERIM_REPORT", date.toString(), date,
                                    o.interimReportAfter() != null ? ObligationStatus.LATE : ObligationStatus.OVERDUE, rule, r.cite());
                            out.finding(Severity.WARNING, false, "PAYMENT_WITHOUT_INTERIM_REPORT", date.toString(), rule, r.cite());
                        }
                    }
                    if (end != null && !asOf.isAfter(end) && !Deadlines.paidInFull(grant)) {
                        for (PaymentOccasion o : occasions) {
                            if (!o.last()) continue;
                            out.obligation("INTERIM_REPORT", "next payment", null,
                                    o.interimReportAfter() != null ? ObligationStatus.MET : ObligationStatus.OPEN,
                                    GRANT + "Interim reports: the next half-yearly payment of a running project needs an interim report", r.cite());
                        }
                    }
                }
            }
            // reports after the end
            if (end != null) {
                for (ReportDeadline r : deadlines) {
                    LocalDate due = end.plusMonths(r.monthsAfterEnd());
                    out.obligation(Deadlines.obligationCode(r.report()), null, due, Deadlines.status(due, Deadlines.firstReport(grant, r.report()), asOf),
                            GRANT + "Deadlines: a report is due some months after the project's end", r.cite());
                }
            }
            // duties
            if (category != null) {
                boolean unreported = false;
                for (ImportantChange c : grant.importantChanges()) unreported |= !c.reported();
                for (Duty duty : duties) {
                    if (!duty.appliesTo(category)) continue;
                    if (duty.advisory()) {
                        out.obligation(duty.code(), null, null, ObligationStatus.ADVISORY, GRANT + "Duties: an advisory duty of a granted applicant", duty.cite());
                    } else if (duty.code().equals("CONTACT_PERSON")) {
                        if (grant.hasContactPerson()) {
                            out.obligation("CONTACT_PERSON", null, null, ObligationStatus.MET, GRANT + "Duties: the granted applicant has given a contact person", duty.cite());
                        } else {
                            String rule = GRANT + "Duties: the granted applicant has not given a contact person";
                            out.obligation("CONTACT_PERSON", null, null, ObligationStatus.OPEN, rule, duty.cite());
                            out.finding(Severity.WARNING, false, "MISSING_CONTACT_PERSON", null, rule, duty.cite());
                        }
                    } else if (duty.code().equals("REPORT_IMPORTANT_CHANGES")) {
                        for (ImportantChange c : grant.importantChanges()) {
                            if (!c.reported()) out.finding(Severity.WARNING, false, "CHANGE_NOT_REPORTED", c.date().toString(),
                                    GRANT + "Duties: an important change was not reported", duty.cite());
                        }
                        if (unreported) {
                            out.obligation("REPORT_IMPORTANT_CHANGES", null, null, ObligationStatus.OVERDUE,
                                    GRANT + "Duties: important changes were not all reported", duty.cite());
                        } else {
                            out.obligation("REPORT_IMPORTANT_CHANGES", null, null, end != null && asOf.isAfter(end) ? ObligationStatus.MET : ObligationStatus.OPEN,
                                    GRANT + "Duties: every important change so far was reported", duty.cite());
                        }
                    } else {
                        out.obligation(duty.code(), null, null, end != null && asOf.isAfter(end) ? ObligationStatus.MET : ObligationStatus.OPEN,
                                GRANT + "Duties: a duty that runs for as long as the project does", duty.cite());
                    }
                }
            }
            // repayment
            for (RepaymentCondition c : repaymentConditions) {
                if (c.ground().equals("ACTIVITIES_NOT_CARRIED_OUT") && Boolean.FALSE.equals(grant.activitiesCarriedOut())) {
                    String rule = GRANT + "Repayment: the activities described in the application were not carried out";
                    out.ground("ACTIVITIES_NOT_CARRIED_OUT", null, rule, c.cite());
                    out.finding(Severity.WARNING, false, "REPAYMENT_MAY_BE_REQUIRED", "ACTIVITIES_NOT_CARRIED_OUT", rule, c.cite());
                }
                if (c.ground().equals("UNSPENT_FUNDS") && grant.spent() != null && Deadlines.unspent(grant) > 0 && end != null && asOf.isAfter(end)) {
                    String rule = GRANT + "Repayment: funds remain after the project's end";
                    Long amount = Deadlines.unspent(grant);
                    out.ground("UNSPENT_FUNDS", amount, rule, c.cite());
                    out.finding(Severity.WARNING, false, "REPAYMENT_MAY_BE_REQUIRED", "UNSPENT_FUNDS", rule, c.cite(), amount);
                }
            }
        }

        // duties with a deadline, judged from the obligations above
        Set<String> paymentsWithoutReport = new HashSet<>();
        for (Finding f : out.findings) if (f.code().equals("PAYMENT_WITHOUT_INTERIM_REPORT")) paymentsWithoutReport.add(f.subject());
        for (int i = 0, n = out.obligationCites.size(); i < n; i++) {
            Obligation o = out.obligations.get(i);
            // an interim report missing before a payment is reported once, as the payment without it
            if (o.due() == null || paymentsWithoutReport.contains(o.subject())) continue;
            if (o.status() == ObligationStatus.OVERDUE) {
                out.finding(Severity.WARNING, false, "OBLIGATION_OVERDUE", o.code(), GRANT + "Deadlines: a duty with a deadline is overdue",
                        out.obligationCites.get(i), o.due().toString(), "due.policy");
            } else if (o.status() == ObligationStatus.LATE) {
                out.finding(Severity.WARNING, false, "OBLIGATION_LATE", o.code(), GRANT + "Deadlines: a duty with a deadline was done late",
                        out.obligationCites.get(i), o.due().toString(), "due.policy");
            }
        }
        return out.result(g, asOf);
    }

    /** The outcomes of one evaluation, assembled as the library assembles them. */
    private final class Out {
        final List<Finding> findings = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        final List<Obligation> obligations = new ArrayList<>();
        final List<String> obligationCites = new ArrayList<>();
        boolean eligible = true;
        final List<Basis> decisionBasis = new ArrayList<>(), priorityBasis = new ArrayList<>(), repaymentBasis = new ArrayList<>();
        final Set<String> factors = new LinkedHashSet<>(), areas = new LinkedHashSet<>(), consulted = new LinkedHashSet<>(), grounds = new LinkedHashSet<>();
        String authority, preparedBy;
        Boolean meeting;
        Long amount;
        boolean decisionSeen;

        void finding(Severity severity, boolean disqualifying, String code, String subject, String rule, String cite, Object... args) {
            if (disqualifying) eligible = false;
            if (!seen.add(code + "|" + subject + "|" + rule)) return;
            findings.add(new Finding(code, subject, severity, rule, new Message(sv.format("finding." + code, subject, args),
                    en.format("finding." + code, subject, args)), sources.get(cite)));
        }

        void obligation(String code, String subject, LocalDate due, ObligationStatus status, String rule, String cite) {
            Object[] args = {due == null ? "–" : due.toString(), "status." + status};
            obligations.add(new Obligation(code, subject, due, status, null, rule,
                    new Message(sv.format(sv.obligationKey(code, subject), subject, args), en.format(en.obligationKey(code, subject), subject, args)),
                    sources.get(cite)));
            obligationCites.add(cite);
        }

        void factor(String factor, String area, String rule, String cite) {
            factors.add(factor);
            if (area != null) areas.add(area);
            priorityBasis.add(new Basis("factors", area == null ? factor : factor + ":" + area, rule, sources.get(cite)));
        }

        void authority(String who, String rule, String cite) {
            if (authority != null && !authority.equals(who)) throw new IllegalStateException("two authorities: " + authority + ", " + who);
            authority = who;
            decisionSeen = true;
            decisionBasis.add(new Basis("authority", who, rule, sources.get(cite)));
        }

        void consultation(String party, String rule, String cite) {
            decisionSeen = true;
            if (consulted.add(party)) decisionBasis.add(new Basis("consultations", party, rule, sources.get(cite)));
        }

        void preparedBy(String official, String rule, String cite) {
            decisionSeen = true;
            preparedBy = official;
            decisionBasis.add(new Basis("preparedBy", official, rule, sources.get(cite)));
        }

        void meeting(String rule, String cite) {
            decisionSeen = true;
            meeting = true;
            decisionBasis.add(new Basis("meetingWithApplicant", "true", rule, sources.get(cite)));
        }

        void ground(String ground, Long groundAmount, String rule, String cite) {
            if (grounds.add(ground) && groundAmount != null) amount = (amount == null ? 0 : amount) + groundAmount;
            repaymentBasis.add(new Basis("grounds", ground, rule, sources.get(cite)));
        }

        Result result(GrantApplication g, LocalDate asOf) {
            findings.sort(ResultOrder.FINDINGS);
            obligations.sort(ResultOrder.OBLIGATIONS);
            decisionBasis.sort(ResultOrder.BASIS);
            priorityBasis.sort(ResultOrder.BASIS);
            repaymentBasis.sort(ResultOrder.BASIS);
            boolean complete = true;
            for (Finding f : findings) if (f.severity() == Severity.ERROR) { complete = false; break; }
            Priority priority = new Priority(areas.stream().sorted().toList(), ResultOrder.ordered(factors, ResultOrder.FACTORS), priorityBasis);
            Decision decision = decisionSeen ? new Decision(authority, ResultOrder.ordered(consulted, ResultOrder.CONSULTATIONS), preparedBy, meeting, decisionBasis) : null;
            Repayment repayment = g.grant() != null || !grounds.isEmpty()
                    ? new Repayment(!grounds.isEmpty(), grounds.stream().sorted().toList(), amount, repaymentBasis) : null;
            return new Result(ref, g.caseId(), asOf, eligible, complete, findings, priority, decision, obligations, repayment);
        }
    }

    /** The package's own messages first (its labels of its headings), then the core's. */
    private static final class Texts {
        private final List<ResourceBundle> bundles = new ArrayList<>();
        private final Map<String, Object[]> templates = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, String> labels = new java.util.concurrent.ConcurrentHashMap<>();

        Texts(PolicyPackage p, Locale locale) {
            ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
            if (p.messageBundle() != null) bundles.add(ResourceBundle.getBundle(p.messageBundle(), locale, p.classLoader(), noFallback));
            // the version's terms (headings, attachments, signatories declared in its data), labelled by their own labels
            Map<String, Object> terms = new java.util.LinkedHashMap<>();
            boolean swedish = locale.getLanguage().equals("sv");
            for (se.integration.policy.core.facts.Term t : p.definition().parameters(se.integration.policy.core.facts.Term.class)) {
                terms.putIfAbsent("label." + t.key(), swedish ? t.sv() : t.en());
            }
            bundles.add(new java.util.ListResourceBundle() {
                @Override protected Object[][] getContents() {
                    return terms.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toArray(Object[][]::new);
                }
            });
            bundles.add(ResourceBundle.getBundle("se.integration.policy.core.messages", locale, noFallback));
        }

        private boolean has(String key) {
            for (ResourceBundle b : bundles) if (b.containsKey(key)) return true;
            return false;
        }

        private String get(String key) {
            for (ResourceBundle b : bundles) if (b.containsKey(key)) return b.getString(key);
            throw new java.util.MissingResourceException("no message for " + key, "messages", key);
        }

        String format(String key, String subject, Object[] args) {
            Object[] template = templates.computeIfAbsent(key, k -> split(get(k)));
            StringBuilder sb = new StringBuilder(128);
            for (Object part : template) {
                if (part instanceof String text) {
                    sb.append(text);
                } else {
                    int n = (Integer) part;
                    if (n == 0) sb.append(subject == null ? "" : label(subject));
                    else if (n <= args.length) sb.append(value(args[n - 1]));
                    else sb.append('{').append(n).append('}');
                }
            }
            return sb.toString();
        }

        private String value(Object a) {
            return a instanceof Number n ? String.format(Locale.ROOT, "%,d", n.longValue()).replace(',', '\u00a0')
                    : a instanceof String s ? label(s) : String.valueOf(a);
        }

        private String label(String subject) {
            return labels.computeIfAbsent(subject, s -> has("label." + s) ? get("label." + s)
                    : s.indexOf('.') > 0 && has(s) ? get(s) : s);
        }

        /** The message of an obligation, or of an obligation about one subject where there is one. */
        String obligationKey(String code, String subject) {
            String key = "obligation." + code;
            return subject != null && has(key + "." + subject) ? key + "." + subject : key;
        }

        /** "Rubriken ”{0}” saknas." → ["Rubriken ”", 0, "” saknas."] (the bundles use plain {n} only). */
        private static Object[] split(String pattern) {
            List<Object> parts = new ArrayList<>();
            int from = 0;
            for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
                int close = pattern.indexOf('}', open);
                parts.add(pattern.substring(from, open));
                parts.add(Integer.parseInt(pattern.substring(open + 1, close)));
                from = close + 1;
            }
            parts.add(pattern.substring(from));
            return parts.toArray();
        }
    }
}
