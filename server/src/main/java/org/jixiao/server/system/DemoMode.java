package org.jixiao.server.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this server carries the demo: {@code jixiao.demo=auto} (the default) loads it on the zero-config H2
 * database only; {@code --demo} forces it (on PostgreSQL too); {@code false} never.
 */
@Component
public class DemoMode {
    private final boolean on;

    public DemoMode(@Value("${jixiao.demo:auto}") String demo, @Value("${spring.datasource.url:}") String url) {
        this.on = "auto".equalsIgnoreCase(demo) ? url.startsWith("jdbc:h2:") : Boolean.parseBoolean(demo);
    }

    public boolean isOn() {
        return on;
    }
}
