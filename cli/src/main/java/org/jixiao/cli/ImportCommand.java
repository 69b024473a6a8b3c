package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.jixiao.cli.upload.Batches;
import org.jixiao.cli.upload.ImportClient;
import org.jixiao.cli.upload.ImportReports;
import org.jixiao.cli.upload.Refusal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao import}: files of tables, or .zip archives of them, into an organisation on a running jixiao server. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import published tables (text, .xlsx, .pdf, or .zip archives of them) into an organisation of a "
                + "running jixiao server: each table creates an evaluation or updates the draft of the same project and "
                + "year. The API token is read from JIXIAO_TOKEN (or --token); with --user, the password from JIXIAO_PASSWORD.",
                "把公开的自评表（文本、.xlsx、.pdf 或其 .zip 压缩包）导入运行中的 jixiao 服务器的某个单位：每张表新建一份自评，"
                        + "或更新同一项目、同一年度的草稿。API 令牌取自环境变量 JIXIAO_TOKEN（或 --token）；用 --user 时密码取自 JIXIAO_PASSWORD。"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file was imported",
                "1:some file failed (nothing of it stored), or the server refused or could not be reached",
                "2:wrong usage"})
final class ImportCommand implements Callable<Integer> {
    /** Under the server's 64 MB an upload, with room for the multipart framing. */
    static final long MAX_BATCH_BYTES = 60L * 1024 * 1024;
    static final int MAX_BATCH_FILES = 500;

    @Spec
    CommandSpec spec;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "The jixiao server, e.g. http://localhost:8080.")
    String server;

    @Option(names = "--organisation", required = true, paramLabel = "ID", description = "The organisation (单位) the tables are imported into.")
    long organisation;

    @Option(names = "--year", paramLabel = "Y", description = "The year of tables that print none.")
    Integer year;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "API token (jx_…); better in the environment variable JIXIAO_TOKEN, which stays out of the shell history.")
    String token;

    @Option(names = "--user", paramLabel = "NAME", description = "Sign in as this user instead, the password from JIXIAO_PASSWORD.")
    String user;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the report (default: zh).")
    String lang = "zh";

    @Option(names = "--json", description = "Print the server's reports as one JSON document.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files of tables or .zip archives, or folders (their table files).")
    List<Path> paths;

    private final Batches batches;
    private final UnaryOperator<String> env;

    ImportCommand() {
        this(new Batches(MAX_BATCH_BYTES, MAX_BATCH_FILES), System::getenv);
    }

    ImportCommand(Batches batches, UnaryOperator<String> env) {
        this.batches = batches;
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        ImportClient client = client();
        PrintStream out = Reports.stdout();
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ImportReports reports = new ImportReports(lang);
        PrintStream text = json ? null : out;
        List<Path> sendable = new ArrayList<>();
        for (Path p : Inputs.expand(paths)) {
            if (Files.isRegularFile(p) && Files.isReadable(p)) {
                sendable.add(p);
            } else {
                reports.failed(p.toString(), CliMessages.MESSAGES.zh("import.unreadable"), CliMessages.MESSAGES.en("import.unreadable"), text);
            }
        }
        boolean refused = false;
        for (List<Path> batch : batches.split(sendable, ImportCommand::size)) {
            Refusal refusal = refused ? Refusal.NOT_SENT : send(client, batch, reports, text);
            if (refusal != null) {
                if (!refused) {
                    err.println(refusal.message());
                }
                batch.forEach(f -> reports.failed(f.getFileName().toString(), refusal.zh(), refusal.en(), text));
                refused = refused || refusal.stopsTheRest();
            }
        }
        if (json) {
            out.println(reports.json());
        } else {
            reports.printSummary(out);
        }
        out.flush();
        return refused || reports.failedFiles() > 0 ? 1 : 0;
    }

    /** Sends one batch and adds its report; the refusal when there is none. */
    private Refusal send(ImportClient client, List<Path> batch, ImportReports reports, PrintStream text)
            throws InterruptedException {
        try {
            ImportClient.Answer answer = client.send(organisation, year, batch);
            if (answer.status() == 200 && reports.add(answer.body(), text)) {
                return null;
            }
            return Refusal.of(answer.status(), answer.body());
        } catch (ConnectException e) {
            return Refusal.unreachable(client.endpoint());
        } catch (IOException e) {
            return Refusal.failedRequest(client.endpoint(), e);
        }
    }

    private ImportClient client() {
        URI uri;
        try {
            uri = URI.create(server);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw usage(CliMessages.MESSAGES.both("import.server_url") + ": " + server);
        }
        if (token != null) {
            return ImportClient.withToken(server, token, lang);
        }
        if (user != null) {
            String password = env.apply("JIXIAO_PASSWORD");
            if (password == null) {
                throw usage(CliMessages.MESSAGES.both("import.password_missing"));
            }
            return ImportClient.withPassword(server, user, password, lang);
        }
        String fromEnv = env.apply("JIXIAO_TOKEN");
        if (fromEnv == null || fromEnv.isBlank()) {
            throw usage(CliMessages.MESSAGES.both("import.token_missing"));
        }
        return ImportClient.withToken(server, fromEnv.strip(), lang);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // sent anyway: the server's report then says what is wrong with it
        }
    }
}
