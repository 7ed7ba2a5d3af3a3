package se.integration.policy.core.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The municipalities whose guidelines the library encodes; JSON uses the lower-case id. */
public enum Municipality {
    JONKOPING("jonkoping", "Jönköpings kommun"),
    MELLERUD("mellerud", "Melleruds kommun"),
    VARNAMO("varnamo", "Värnamo kommun"),
    LIDKOPING("lidkoping", "Lidköpings kommun");

    private final String id;
    private final String displayName;

    Municipality(String id, String displayName) { this.id = id; this.displayName = displayName; }

    @JsonValue public String id() { return id; }
    public String displayName() { return displayName; }

    public static Municipality fromId(String id) {
        for (Municipality m : values()) if (m.id.equals(id)) return m;
        throw new IllegalArgumentException("unknown municipality: " + id);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    static Municipality json(String id) { return fromId(id); }
}
