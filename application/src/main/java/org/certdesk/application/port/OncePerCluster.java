package org.certdesk.application.port;

import java.time.Duration;

/**
 * Port: runs a scheduled job on one node of the cluster per interval. Every node's scheduler
 * calls it at its own moment; the first in an interval runs the job, the others skip it.
 */
public interface OncePerCluster {

    /**
     * Runs {@code job} unless another node (or this one) ran the job of that name less than about
     * one {@code interval} ago or is running it now. Never throws: a failing job is logged and
     * counted, so the caller's schedule goes on.
     *
     * @return whether the job ran here
     */
    boolean run(String name, Duration interval, Runnable job);
}
