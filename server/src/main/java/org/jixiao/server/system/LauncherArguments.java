package org.jixiao.server.system;

import java.util.ArrayList;
import java.util.List;

/**
 * Translates the launcher's words into Spring properties: {@code --port N} and {@code --port=N} set the port,
 * {@code --demo} loads the demo. Anything else passes through unchanged.
 */
public final class LauncherArguments {
    private LauncherArguments() {
    }

    public static String[] translate(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--port") && i + 1 < args.length) {
                out.add("--server.port=" + args[++i]);
            } else if (a.startsWith("--port=")) {
                out.add("--server.port=" + a.substring("--port=".length()));
            } else if (a.equals("--demo")) {
                out.add("--jixiao.demo=true");
            } else if (a.equals("serve")) {
                continue;
            } else {
                out.add(a);
            }
        }
        return out.toArray(String[]::new);
    }
}
