package org.jixiao.cli.upload;

import java.io.IOException;
import java.net.URI;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why a batch was not imported, in Chinese and English, with the server's own message when it gave one.
 * {@code stopsTheRest}: the next batches would be refused the same way (wrong sign-in, organisation or server).
 */
public record Refusal(String zh, String en, boolean stopsTheRest) {
    /** What the files after a final refusal are reported with. */
    public static final Refusal NOT_SENT = new Refusal("未发送：服务器拒绝了此前的请求", "not sent: the server refused an earlier request", true);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Refusal of(int status, String body) {
        String server = serverMessage(body);
        String zh = switch (status) {
            case 401 -> "未登录：API 令牌或用户名、密码不对";
            case 403 -> "无权导入到该单位";
            case 404 -> "找不到该单位或导入接口（服务器地址对吗？）";
            case 413 -> "上传过大（服务器每次最多收 64 MB、500 个文件）";
            case 200 -> "服务器的答复不是导入报告";
            default -> "服务器拒绝了导入";
        };
        String en = switch (status) {
            case 401 -> "not signed in: the API token, or the user name and password, are wrong";
            case 403 -> "not allowed to import into this organisation";
            case 404 -> "no such organisation or import endpoint (is the server URL right?)";
            case 413 -> "the upload is too large (the server takes at most 64 MB and 500 files at a time)";
            case 200 -> "the server's answer is no import report";
            default -> "the server refused the import";
        };
        String suffix = server == null ? "" : "：" + server;
        return new Refusal("HTTP " + status + " " + zh + suffix, "HTTP " + status + " " + en + (server == null ? "" : ": " + server),
                status == 401 || status == 403 || status == 404);
    }

    public static Refusal unreachable(URI endpoint) {
        return new Refusal("无法连接 jixiao 服务器 " + endpoint + "（服务器在运行吗？）",
                "cannot connect to the jixiao server at " + endpoint + " (is it running?)", true);
    }

    public static Refusal failedRequest(URI endpoint, IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Refusal("向 " + endpoint + " 发送失败：" + why, "sending to " + endpoint + " failed: " + why, false);
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
