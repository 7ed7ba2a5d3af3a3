/**
 * The consumer as a named module, exactly what an application on the module path writes (docs/embedding.md). It
 * requires the core, whose API it calls. The core and the packages are automatic modules, and resolving one
 * automatic module resolves every automatic module on the module path, so the packages are found (ServiceLoader)
 * without {@code --add-modules}; but an automatic module cannot require the explicit modules it uses, so the
 * application names them: Jackson (databind, java.time support) and slf4j-api.
 */
module se.integration.policy.consumerit {
    requires se.integration.policy.core;
    // what the core reads and writes JSON and logs with: explicit modules an automatic module cannot require
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;
}
