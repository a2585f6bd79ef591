/**
 * The composition root for use cases, one {@code @Configuration} per application package: the
 * application module has no Spring in it, so each use case is made here from the ports the
 * adapters provide (as ddd-by-examples/library does). {@code EveryUseCaseIsWiredTest} fails when
 * a public use case has no bean.
 */
package org.certdesk.ui.wiring;
