package org.certdesk.ui.acme;

import org.certdesk.application.acme.AnswerAcmeChallenge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Challenge checks run in memory after the commit that marked them processing; a process that
 * stopped in between left them so. On start-up they are run again, so a client polling its
 * authorization gets an answer instead of waiting for it to expire.
 */
@Component
class InterruptedValidations {

    private static final Logger log = LoggerFactory.getLogger(InterruptedValidations.class);

    private final AnswerAcmeChallenge challenges;

    InterruptedValidations(AnswerAcmeChallenge challenges) {
        this.challenges = challenges;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        int resumed = challenges.resumeInterrupted();
        if (resumed > 0) {
            log.info("Resumed {} ACME challenge validations left in processing by the last run", resumed);
        }
    }
}
