/**
 * The consumer as a named module, exactly what an application on the module path writes (docs/embedding.md): it
 * requires the core, whose API it calls. The core and the packages are automatic modules; resolving one automatic
 * module resolves every automatic module on the module path, so the packages are found (ServiceLoader) without
 * {@code --add-modules}.
 */
module se.integration.policy.consumerit {
    requires se.integration.policy.core;
}
