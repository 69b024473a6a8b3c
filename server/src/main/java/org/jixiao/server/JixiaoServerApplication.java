package org.jixiao.server;

import org.jixiao.server.system.LauncherArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The jixiao web application. Started by {@code ./jixiao serve [--port N] [--demo]}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JixiaoServerApplication {
    public static void main(String[] args) {
        SpringApplication.run(JixiaoServerApplication.class, LauncherArguments.translate(args));
    }
}
