package org.jixiao.server.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON edge: a string holding NUL or a lone surrogate is refused while the body is read, at its field
 * ({@link ApiErrors} names it), as the form posts refuse it in {@link ParameterGuardFilter}.
 */
@Configuration
class SafeStrings {
    static final String UNSAFE = "unsafe text";

    @Bean
    JacksonModule safeStringsModule() {
        return new SimpleModule("safe-strings").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                String s = super.deserialize(p, ctxt);
                if (s != null && UnsafeText.isUnsafe(s)) {
                    throw InvalidFormatException.from(p, UNSAFE, s, String.class);
                }
                return s;
            }
        });
    }
}
