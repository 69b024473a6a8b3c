package org.jixiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jixiao} command. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"jixiao（绩效）: score and re-check project self-evaluation tables (项目支出绩效自评表).", ""},
        subcommands = {ScoreCommand.class, RescoreCommand.class, AuditCommand.class, CheckGoalsCommand.class, ExportCommand.class,
                ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status: 0 every file read, 1 some could not be, 2 wrong usage. */
    public static int run(String... args) {
        return commandLine(CommandLine.defaultFactory()).execute(args);
    }

    /** The command line with its commands made by {@code factory}, so tests can give them their limits. */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new Main(), factory);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"jixiao " + (v == null ? "development build" : v)};
        }
    }
}
