package org.certdesk.adapters.demo;

import java.util.Map;

/**
 * The demo web root's files: one {@code /.well-known/pki-validation/fileauth.txt} per host in the
 * demo zone, for the console to edit. Kept in memory.
 */
public interface DemoWebFiles {

    String PATH = "/.well-known/pki-validation/fileauth.txt";

    /** Publishes the file for a host in the demo zone, replacing any earlier content. */
    void put(String host, String content);

    /** @return whether there was a file */
    boolean remove(String host);

    /** Host to content, for every host that has a file. */
    Map<String, String> list();
}
