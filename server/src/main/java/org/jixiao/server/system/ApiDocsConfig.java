package org.jixiao.server.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs (and /swagger-ui.html): what the API is and how to sign in. */
@Configuration
class ApiDocsConfig {

    @Bean
    OpenAPI jixiaoApi() {
        return new OpenAPI()
                .info(new Info().title("jixiao API").version("v1")
                        .description("Project performance self-evaluations (项目支出绩效自评): organisations, evaluations, "
                                + "actuals, submission and review. Authenticate with an API token (header "
                                + "`Authorization: Bearer jx_…`, made on the account page) or HTTP Basic. Every call sees "
                                + "only the caller's subtree of the organisation tree; anything else is 404.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
