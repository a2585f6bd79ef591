/**
 * What a node tells its Prometheus server besides the JVM's own figures: issuance counts and
 * latencies, the answers validation got, the review queue. Decorators around the ports the
 * wiring hands to use cases, so no use case knows about metrics.
 */
package org.certdesk.ui.metrics;
