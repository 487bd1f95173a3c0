package org.providerdesk.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for view model tests: it records what was asked or told, and answers with what the
 * test queued (a confirmation with no queued answer is refused, a file choice is cancelled).
 */
public final class RecordingDialogs implements DialogService {

    /** One call, in words: "confirm: Discard this change?", "error: Cannot save". */
    private final List<String> calls = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final Deque<Path> files = new ArrayDeque<>();
    private final List<SaveFile> saveRequests = new ArrayList<>();

    /** The next confirmations are answered with these, in order. */
    public RecordingDialogs answering(Boolean... yesOrNo) {
        answers.addAll(List.of(yesOrNo));
        return this;
    }

    /** The next file or folder choices return these, in order. */
    public RecordingDialogs choosing(Path... paths) {
        files.addAll(List.of(paths));
        return this;
    }

    @Override
    public boolean confirm(Confirmation confirmation) {
        calls.add("confirm: " + confirmation.title());
        return !answers.isEmpty() && answers.pop();
    }

    @Override
    public void tell(String title, String message) {
        calls.add("tell: " + title);
    }

    @Override
    public void error(String title, String message, Throwable failure) {
        calls.add("error: " + title);
        failures.add(failure);
    }

    @Override
    public Optional<Path> chooseFileToSave(SaveFile request) {
        calls.add("save: " + request.title());
        saveRequests.add(request);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        calls.add("folder: " + title);
        return Optional.ofNullable(files.poll());
    }

    public List<String> calls() {
        return calls;
    }

    /** What each save-file question offered: suggested name, starting folder, types. */
    public List<SaveFile> saveRequests() {
        return saveRequests;
    }

    public List<Throwable> failures() {
        return failures;
    }
}
