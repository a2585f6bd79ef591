package org.certdesk.adapters;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the adapters alone (the console's application class lives in the ui module). */
@SpringBootApplication
public class AdaptersTestApplication {
}
