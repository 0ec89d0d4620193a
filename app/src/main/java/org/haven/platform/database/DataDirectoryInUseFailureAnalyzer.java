package org.haven.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a locked data directory into a short, actionable message instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUse cause) {
        return new FailureAnalysis(
                "Haven's data directory " + cause.directory().toAbsolutePath()
                        + " is locked: another Haven instance is already running with it.",
                "Stop the other instance, or start this one with another data directory "
                        + "(--haven.data-dir=/some/other/path or HAVEN_DATA_DIR).",
                cause);
    }
}
