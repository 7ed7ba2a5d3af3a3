package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * The version applied. {@code validTo} (the last day in force) is an addition, omitted while in force;
 * {@code sourceTitle} (an addition, contract 1.1) is the source document's title and year, for readers, beside
 * {@code source}, its file name; {@code draft} (an addition) is {@code true} for a draft revision and omitted
 * for an installed version.
 *
 * @param id           the version id
 * @param municipality the municipality's id
 * @param title        the document's title
 * @param validFrom    the first day in force
 * @param validTo      the last day in force, or {@code null}
 * @param source       the source document's file name
 * @param sourceTitle  the source document's title and year, or {@code null}
 * @param draft        {@code true} for a draft, else {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "municipality", "title", "validFrom", "validTo", "source", "sourceTitle", "draft"})
public record PolicyRef(String id, String municipality, String title, LocalDate validFrom, LocalDate validTo, String source,
                        String sourceTitle, Boolean draft) {
    /**
     * A reference; every component may be {@code null}.
     *
     * @param id the version id
     * @param municipality the municipality's id
     * @param title the document's title
     * @param validFrom the first day in force
     * @param validTo the last day in force, or {@code null}
     * @param source the source document's file name
     * @param sourceTitle the source document's title and year, or {@code null}
     * @param draft {@code true} for a draft, else {@code null}
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    public PolicyRef {}

    /**
     * A reference without the source document's title.
     *
     * @param id the version id
     * @param municipality the municipality's id
     * @param title the document's title
     * @param validFrom the first day in force
     * @param validTo the last day in force, or {@code null}
     * @param source the source document's file name
     * @param draft {@code true} for a draft, else {@code null}
     */
    public PolicyRef(String id, String municipality, String title, LocalDate validFrom, LocalDate validTo, String source, Boolean draft) {
        this(id, municipality, title, validFrom, validTo, source, null, draft);
    }

    /**
     * A reference to an installed version (not a draft).
     *
     * @param id the version id
     * @param municipality the municipality's id
     * @param title the document's title
     * @param validFrom the first day in force
     * @param validTo the last day in force, or {@code null}
     * @param source the source document's file name
     */
    public PolicyRef(String id, String municipality, String title, LocalDate validFrom, LocalDate validTo, String source) {
        this(id, municipality, title, validFrom, validTo, source, null, null);
    }

    /**
     * {@return what a reader is shown for the source document: its title and year, else its file name}
     */
    public String sourceName() { return sourceTitle != null && !sourceTitle.isBlank() ? sourceTitle : source; }
}
