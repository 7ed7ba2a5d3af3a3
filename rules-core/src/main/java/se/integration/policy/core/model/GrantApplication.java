package se.integration.policy.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An application for Jönköping's integration grant (contract §1.1), with what happened after a
 * grant was decided.
 */
public record GrantApplication(
        @Required CaseKind kind,
        String caseId,
        @Required Municipality municipality,
        LocalDate asOf,
        JsonNode meta,
        LocalDate receivedOn,
        Boolean urgent,
        @Required Applicant applicant,
        Signatory signatory,
        @Required Project project,
        Map<HeadingKey, String> sections,
        List<AttachmentKey> attachments,
        @Required Amounts amounts,
        Disbursement disbursement,
        Grant grant) implements PolicyCase {

    public GrantApplication {
        urgent = urgent != null && urgent;
        sections = Collections2.map(sections);
        attachments = Collections2.list(attachments);
    }

    @Override public LocalDate referenceDate() { return receivedOn != null ? receivedOn : asOf; }

    @Override public String referenceDatePath() { return receivedOn != null ? "$.receivedOn" : "$.asOf"; }

    @Override public GrantApplication withAsOf(LocalDate newAsOf) {
        return new GrantApplication(kind, caseId, municipality, newAsOf, meta, receivedOn, urgent, applicant,
                signatory, project, sections, attachments, amounts, disbursement, grant);
    }

    /** Whether the application fills in a heading: present and not blank. */
    public boolean hasSection(HeadingKey key) {
        String text = sections.get(key);
        return text != null && !text.isBlank();
    }

    public boolean isGranted() { return grant != null; }

    public record Applicant(@Required ApplicantType type, String name, @Range(max = Limits.MAX_COUNT) Integer members,
                            @Key List<String> localIn) {
        public Applicant { localIn = Collections2.list(localIn); }
    }

    public record Project(String title, LocalDate start, LocalDate end, @Key List<String> areas,
                          Boolean municipalityWide, List<String> partners, List<String> coFinanciers, Reach reach)
            implements Checked {
        public Project {
            areas = Collections2.list(areas);
            municipalityWide = municipalityWide != null && municipalityWide;
            partners = Collections2.list(partners);
            coFinanciers = Collections2.list(coFinanciers);
        }

        /** Project grants are always time-limited: a project without an end is not. */
        public boolean isTimeLimited() { return end != null; }

        public boolean hasPartnersOrCoFinanciers() { return !partners.isEmpty() || !coFinanciers.isEmpty(); }

        @Override public void check(java.util.function.BiConsumer<String, String> problem) {
            if (start != null && end != null && end.isBefore(start)) problem.accept(".end", "must not be before $.project.start");
        }
    }

    public record Reach(@Range(max = Limits.MAX_COUNT) Integer girls, @Range(max = Limits.MAX_COUNT) Integer boys,
                        @Range(max = Limits.MAX_COUNT) Integer women, @Range(max = Limits.MAX_COUNT) Integer men) {}

    public record Amounts(@Required @Range Long requested, @Range Long projectBudget, @Range Long totalBudget,
                          @Range Long ownContribution, @Range Long otherGrants) {}

    /** What happened once a grant was decided. */
    public record Grant(@Required @Range Long granted, LocalDate decidedOn, String contactPerson,
                        List<Payment> payments, List<Report> reports, @Range Long spent,
                        Boolean activitiesCarriedOut, List<ImportantChange> importantChanges) {
        public Grant {
            payments = Collections2.list(payments);
            reports = Collections2.list(reports);
            importantChanges = Collections2.list(importantChanges);
        }

        public boolean hasContactPerson() { return contactPerson != null && !contactPerson.isBlank(); }
    }

    public record Payment(@Required LocalDate date, @Range Long amount) {}

    public record Report(@Required ReportType type, @Required LocalDate submittedOn) {}

    public record ImportantChange(@Required LocalDate date, @Required Boolean reported) {}

    public enum ApplicantType {
        /** förening */ ASSOCIATION,
        /** other non-profit organisation; same rules as an association */ ORGANISATION,
        /** kommunal verksamhet */ MUNICIPAL_UNIT,
        /** enskild person */ INDIVIDUAL
    }

    public enum Signatory {
        /** föreningens/organisationens ordförande */ CHAIR,
        /** verksamhetschef */ HEAD_OF_OPERATIONS,
        OTHER
    }

    public enum Disbursement { ONCE, HALF_YEARLY }

    public enum ReportType {
        /** delrapport before the next payment */ INTERIM,
        /** skriftlig slutrapport */ FINAL,
        /** kostnadsredovisning */ COST_ACCOUNT
    }

    public enum AttachmentKey {
        /** stadgar */ STATUTES,
        /** senaste verksamhetsberättelse */ ANNUAL_REPORT,
        /** revisionsberättelse */ AUDIT_REPORT,
        /** budget för innevarande år */ BUDGET_CURRENT_YEAR
    }

    /** The application headings of contract §1.1; each version requires its own subset. */
    public enum HeadingKey {
        ORGANISATION, PURPOSE_AND_GOALS, TARGET_GROUP, INTEGRATION, MEETINGS, LIVING_CONDITIONS, TRUST,
        ACTIVITIES, TIMETABLE, PARTNERS, GENDER_EQUALITY, REACH_BY_GENDER, INNOVATION, BUDGET, AFTER_PROJECT,
        INTERNAL_INFORMATION, WHY_NOT_REGULAR_BUDGET, INTEGRATION_INTO_REGULAR_OPERATIONS
    }
}
