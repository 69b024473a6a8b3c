package org.jixiao.server.system;

import org.jixiao.server.org.Role;
import org.jixiao.server.org.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, the first start (no user yet) creates one administrator, {@code admin}, whose password is
 * {@code JIXIAO_ADMIN_PASSWORD}. Without it the server refuses to start rather than run with no way in.
 */
@Component
@Order(10)
class InitialAdministrator implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final DemoMode demo;
    private final String password;

    InitialAdministrator(UserRepository users, PasswordEncoder encoder, DemoMode demo,
                         @Value("${jixiao.admin-password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.demo = demo;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.isOn() || users.count() > 0) {
            return;
        }
        if (password == null || password.length() < 8) {
            throw new IllegalStateException("First start without the demo: set JIXIAO_ADMIN_PASSWORD (8 characters or more) "
                    + "for the administrator 'admin' / 首次启动（非演示模式）须设置 JIXIAO_ADMIN_PASSWORD（至少 8 位）");
        }
        users.create("admin", encoder.encode(password), "系统管理员", Role.ADMIN, null);
        LOG.info("created the administrator 'admin' / 已创建管理员 admin");
    }
}
