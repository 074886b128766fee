package org.rlcsim.experiment;

/** Hears how far a batch is; {@link #runDone()} is called from the threads that run the model. */
public interface BatchProgress {
    BatchProgress NONE = new BatchProgress() {
        @Override
        public void started(int runs, int alreadyDone) {}

        @Override
        public void runDone() {}

        @Override
        public void finished() {}
    };

    /** @param alreadyDone runs an interrupted batch had finished before this one resumed it */
    void started(int runs, int alreadyDone);

    void runDone();

    /** Every run is done; the result files are being put together. */
    void finished();
}
