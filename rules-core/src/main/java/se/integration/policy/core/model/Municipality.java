package se.integration.policy.core.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The municipalities whose guidelines the library encodes; JSON uses the lower-case id. */
public enum Municipality {
    /** Jönköpings kommun. */
    JONKOPING("jonkoping", "Jönköpings kommun"),
    /** Melleruds kommun. */
    MELLERUD("mellerud", "Melleruds kommun"),
    /** Värnamo kommun. */
    VARNAMO("varnamo", "Värnamo kommun"),
    /** Lidköpings kommun. */
    LIDKOPING("lidkoping", "Lidköpings kommun");

    private final String id;
    private final String displayName;

    Municipality(String id, String displayName) { this.id = id; this.displayName = displayName; }

    /** {@return the id JSON uses, e.g. {@code jonkoping}} */
    @JsonValue public String id() { return id; }
    /** {@return the municipality's name, e.g. {@code Jönköpings kommun}} */
    public String displayName() { return displayName; }

    /**
     * The municipality with this id.
     *
     * @param id the id, e.g. {@code jonkoping}
     * @return the municipality
     * @throws IllegalArgumentException if no municipality has this id
     */
    public static Municipality fromId(String id) {
        for (Municipality m : values()) if (m.id.equals(id)) return m;
        throw new IllegalArgumentException("unknown municipality: " + id);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    static Municipality json(String id) { return fromId(id); }
}
