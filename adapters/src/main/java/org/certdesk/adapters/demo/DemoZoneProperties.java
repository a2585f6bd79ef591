package org.certdesk.adapters.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The demo zone's apex ({@code certdesk.demo-zone.name}); it must sit under the reserved {@code .test} TLD. */
@ConfigurationProperties("certdesk.demo-zone")
public record DemoZoneProperties(@DefaultValue("example.test") String name) {
}
