package org.certdesk.domain.upload;

import org.certdesk.domain.shared.Refusal;

/**
 * Why an upload was refused, and which field of the upload form it belongs to, so the console can
 * mark that field and translate the message.
 */
public enum UploadProblem {

    LABEL_REQUIRED(Field.LABEL),
    LABEL_TOO_LONG(Field.LABEL),
    CERTIFICATE_TOO_LONG(Field.CERTIFICATE),
    CERTIFICATE_REQUIRED(Field.CERTIFICATE),
    CERTIFICATE_UNREADABLE(Field.CERTIFICATE),
    CERTIFICATE_HAS_OTHER_CONTENT(Field.CERTIFICATE),
    ALREADY_UPLOADED(Field.CERTIFICATE),
    KEY_TOO_LONG(Field.KEY),
    KEY_REQUIRED(Field.KEY),
    KEY_UNREADABLE(Field.KEY),
    KEY_IS_NOT_A_KEY(Field.KEY),
    KEY_TYPE_UNSUPPORTED(Field.KEY),
    PASSWORD_TOO_LONG(Field.PASSWORD),
    KEY_PASSWORD_REQUIRED(Field.PASSWORD),
    KEY_PASSWORD_WRONG(Field.PASSWORD),
    KEY_MISMATCH(Field.KEY);

    /** The upload form's fields. */
    public enum Field { LABEL, CERTIFICATE, KEY, PASSWORD }

    private final Field field;

    UploadProblem(Field field) {
        this.field = field;
    }

    public Field field() {
        return field;
    }

    /** The refusal to show, in the user's language ({@code upload.<CONSTANT>} in the refusals bundle). */
    public Refusal refusal() {
        return Refusal.of("upload." + name(), String.valueOf(UploadedCertificate.MAX_LABEL_LENGTH));
    }
}
