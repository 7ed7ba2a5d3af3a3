package se.integration.policy.core.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A value from a package's parameters file, inserted as a fact. In the file each entry names its
 * type in {@code "fact"} (one of a closed list: the types of this package and those a package
 * registers, never a class name from input) and the id of its citation in {@code "cite"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "fact")
public interface ParameterFact {
    /** {@return the id of the citation (in the same file's {@code sources}) that this value comes from} */
    String cite();

    /**
     * What this value is about, without its value: two versions' entries with the same identity are
     * the same requirement, changed or not ({@code policy diff} pairs them by it).
     *
     * @return the identity, e.g. {@code category/key}
     */
    @JsonIgnore
    String identity();
}
