package org.certdesk.ui.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo data goes only where nobody can lose real data: on the embedded default (no
 * {@code spring.datasource.url}), or where {@code certdesk.demo-data=true} asks for it.
 * {@code certdesk.demo-data=false} turns it off everywhere.
 */
public class DemoDataEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        String explicit = environment.getProperty("certdesk.demo-data");
        if (explicit != null) {
            return Boolean.parseBoolean(explicit);
        }
        return !environment.containsProperty("spring.datasource.url");
    }
}
