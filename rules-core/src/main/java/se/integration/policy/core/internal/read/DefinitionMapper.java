package se.integration.policy.core.internal.read;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import se.integration.policy.core.facts.ParameterFact;

/** <b>Internal</b>: the JSON mapper that reads a package's parameters file ({@code DefinitionReader}). */
public final class DefinitionMapper {
    private DefinitionMapper() {}

    /**
     * The mapper that reads a parameters file: strict (unknown fields fail), with a closed list of parameter types by
     * their simple names.
     *
     * @param coreTypes  the core's parameter types ({@code DefinitionReader.CORE_TYPES})
     * @param extraTypes parameter types a package adds to the core's; may be empty
     * @return a new mapper
     */
    public static ObjectMapper mapper(List<Class<? extends ParameterFact>> coreTypes, List<Class<? extends ParameterFact>> extraTypes) {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addModule(new JavaTimeModule())
                .build();
        for (Class<? extends ParameterFact> t : coreTypes) mapper.registerSubtypes(new NamedType(t, t.getSimpleName()));
        for (Class<? extends ParameterFact> t : extraTypes) mapper.registerSubtypes(new NamedType(t, t.getSimpleName()));
        return mapper;
    }
}
