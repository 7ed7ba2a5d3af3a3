package se.integration.policy.core.facts;

import java.util.List;

/**
 * A key that a version's document enumerates, with its name in Swedish and English: one of the
 * application's headings, attachments or signatories, or one of an action plan's follow-up sections.
 * The case reader accepts in the case only the keys of the judging version's vocabularies (and the keys
 * contract 1.0 lists, which every version accepts and ignores where it does not ask for them); messages
 * and reports show a key by its term's label. A new version or a draft that adds a heading adds a
 * {@code Term}: no Java changes.
 *
 * @param vocabulary which key set: one of {@link #VOCABULARIES}
 * @param key        the key as cases write it (upper case, digits, underscores)
 * @param sv         its name in Swedish, as the document words it
 * @param en         its name in English
 * @param cite       the id of the citation (in the parameters file's {@code sources}) that names it
 */
public record Term(String vocabulary, String key, String sv, String en, String cite) implements ParameterFact {
    /** The application's headings: the keys of a grant application's {@code sections}. */
    public static final String HEADING = "heading";
    /** The application's attachments: the values of a grant application's {@code attachments}. */
    public static final String ATTACHMENT = "attachment";
    /** Who signs the application: the value of a grant application's {@code signatory}. */
    public static final String SIGNATORY = "signatory";
    /** The parts of an action plan's follow-up: the keys of {@code followUp.sections}. */
    public static final String FOLLOW_UP_SECTION = "followUpSection";
    /** The vocabularies a term may belong to. */
    public static final List<String> VOCABULARIES = List.of(HEADING, ATTACHMENT, SIGNATORY, FOLLOW_UP_SECTION);

    @Override public String identity() { return vocabulary + "/" + key; }
}
