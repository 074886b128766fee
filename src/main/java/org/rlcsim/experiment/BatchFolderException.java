package org.rlcsim.experiment;

/** The output folder cannot be used as asked (results in the way, another experiment to resume): exit 2. */
public final class BatchFolderException extends Exception {
    private static final long serialVersionUID = 1L;

    public BatchFolderException(String message) {
        super(message);
    }
}
