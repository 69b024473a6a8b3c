package org.jixiao.server.system;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the server answers, and the demo users when the demo is loaded. */
@Component
class StartupMessage {
    private final Environment env;
    private final DemoMode demo;

    StartupMessage(Environment env, DemoMode demo) {
        this.env = env;
        this.demo = demo;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        System.out.println("jixiao 已启动 / is running: http://localhost:" + port + "/");
        if (demo.isOn()) {
            System.out.println("演示用户 / demo users (password: demo): admin, yn-filler, yn-reviewer, yn-finance, mh-filler, mh-reviewer, sz-filler");
        }
    }
}
