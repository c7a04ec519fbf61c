package org.mathlens.explorable;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Undo and redo of whole gestures (a drag, a typed value) as parameter snapshots: since every
 * change reaches a pane through its parameters, restoring them restores the pane.
 */
public final class UndoHistory {
    private static final int LIMIT = 200;

    private final Parameters parameters;
    private final Deque<Map<String, String>> undo = new ArrayDeque<>();
    private final Deque<Map<String, String>> redo = new ArrayDeque<>();
    private Map<String, String> gestureStart;

    public UndoHistory(Parameters parameters) {
        this.parameters = parameters;
    }

    /** Call when a gesture starts (mouse pressed on a handle, a field about to commit). */
    public void begin() {
        gestureStart = parameters.snapshot();
    }

    /** Call when it ends; records it only if something changed. */
    public void end() {
        if (gestureStart == null) {
            return;
        }
        if (!gestureStart.equals(parameters.snapshot())) {
            undo.push(gestureStart);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
            redo.clear();
        }
        gestureStart = null;
    }

    /** Runs one change as a single undoable gesture. */
    public void record(Runnable change) {
        begin();
        try {
            change.run();
        } finally {
            end();
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        redo.push(parameters.snapshot());
        parameters.setAll(undo.pop());
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        undo.push(parameters.snapshot());
        parameters.setAll(redo.pop());
        return true;
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
