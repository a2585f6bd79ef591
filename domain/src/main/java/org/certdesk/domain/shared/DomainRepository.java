package org.certdesk.domain.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a port that stores an aggregate or other domain state, which is why it lives in the
 * domain although only use cases call it (docs/architecture.md, "Where a port lives").
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DomainRepository {
}
