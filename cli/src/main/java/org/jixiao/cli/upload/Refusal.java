package org.jixiao.cli.upload;

import static org.jixiao.cli.CliMessages.MESSAGES;

import java.io.IOException;
import java.net.URI;
import org.jixiao.core.text.Messages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why a batch was not imported, in Chinese and English, with the server's own message when it gave one.
 * {@code stopsTheRest}: the next batches would be refused the same way (wrong sign-in, organisation or server).
 */
public record Refusal(String zh, String en, boolean stopsTheRest) {
    /** What the files after a final refusal are reported with. */
    public static final Refusal NOT_SENT = of("import.not_sent", true);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Refusal of(int status, String body) {
        String server = serverMessage(body);
        String why = switch (status) {
            case 401, 403, 404, 413, 200 -> "import.http." + status;
            default -> "import.http.refused";
        };
        boolean stops = status == 401 || status == 403 || status == 404;
        return server == null ? of("import.refused", stops, status, Messages.nested(why))
                : of("import.refused_saying", stops, status, Messages.nested(why), server);
    }

    public static Refusal unreachable(URI endpoint) {
        return of("import.unreachable", true, endpoint);
    }

    public static Refusal failedRequest(URI endpoint, IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return of("import.send_failed", false, endpoint, why);
    }

    private static Refusal of(String key, boolean stopsTheRest, Object... args) {
        return new Refusal(MESSAGES.zh(key, args), MESSAGES.en(key, args), stopsTheRest);
    }

    /** Both languages on one line, as the other commands print their errors. */
    public String message() {
        return zh + " / " + en;
    }

    /** The server's message: {@code error} of its API errors, {@code message} of Spring's default ones. */
    private static String serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            for (String field : new String[]{"error", "message"}) {
                String s = node.path(field).asString("");
                if (!s.isBlank()) {
                    return s;
                }
            }
            return null;
        } catch (RuntimeException e) {
            String text = body.strip();
            if (text.startsWith("<")) {
                return null; // a proxy's or container's HTML page says no more than the status
            }
            return text.length() > 200 ? text.substring(0, 200) + "…" : text;
        }
    }
}
