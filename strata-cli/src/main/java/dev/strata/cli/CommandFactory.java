package dev.strata.cli;

import picocli.CommandLine;

/** Gives every command the {@link Environment}. */
final class CommandFactory implements CommandLine.IFactory {
    private final Environment env;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Environment env) {
        this.env = env;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls == GlobalOptions.class) {
            return cls.cast(new GlobalOptions(env));
        }
        return fallback.create(cls);
    }
}
