package org.mathlens.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.mathlens.explorable.ExpressionParameter;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorable.Parameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.math.expr.MathLanguage;
import org.mathlens.math.expr.Session;
import org.mathlens.math.expr.Statement;

/**
 * The input bar, as in GeoGebra and Desmos: type a line of the math language, Enter, see the
 * value. Up / Down recall earlier lines. A line that assigns a parameter of the open pane
 * ({@code A = [[1, 2], [0, 1]]}, {@code f(x) = x^3 - x}) is applied to the pane as one undoable change.
 */
public final class InputBar extends HBox {
    private final Session session = new Session();
    private final TextField field = new TextField();
    private final Label result = new Label();
    private final org.mathlens.kit.FormulaView formula = new org.mathlens.kit.FormulaView();
    private String resultText = "";
    private final List<String> history = new ArrayList<>();
    private final Supplier<Explorable> pane;
    private int recall;
    private final javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
    /**
     * One worker, so lines run in the order typed and the session is never used by two threads;
     * the FX thread only starts work and shows results. (Written to move onto the shared
     * background helper when it exists.)
     */
    private final java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "input-bar");
        t.setDaemon(true);
        return t;
    });
    private java.util.concurrent.Future<?> running;
    /** Which submission may still show its result: a newer line or Cancel makes older results stale. */
    private long generation;
    /** What computes a line off the FX thread; tests put a slow one here. */
    java.util.function.Function<String, Session.Result> evaluator = this::evaluate;

    public InputBar(Supplier<Explorable> pane) {
        this.pane = pane;
        setId("input-bar");
        getStyleClass().add("input-bar");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        Label prompt = new Label("ƒx");
        prompt.getStyleClass().add("input-prompt");
        field.setId("input-field");
        field.setPromptText("Type maths: det([[2, 1], [1, 2]]),  diff(x^3, x),  A = [[1, 2], [0, 1]]");
        field.setTooltip(new Tooltip("Enter evaluates; Up / Down recall earlier lines; NAME = value sets the pane's parameter"));
        result.setId("input-result");
        result.getStyleClass().add("input-result");
        result.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setPrefColumnCount(30);
        formula.setId("input-formula");
        formula.setVisible(false);
        formula.setManaged(false);
        cancel.setId("input-cancel");
        cancel.setTooltip(new Tooltip("Stop this computation (Esc)"));
        cancel.setOnAction(e -> cancel());
        setBusy(false);
        getChildren().addAll(prompt, field, formula, result, cancel);
        HBox.setHgrow(result, Priority.SOMETIMES);
        field.setOnAction(e -> submit());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.UP) {
                recallBy(-1);
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                recallBy(1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && isBusy()) {
                cancel();
                e.consume();
            }
        });
    }

    public TextField field() {
        return field;
    }

    /** The exact text of the last result (the formula shows the same value typeset). */
    public String resultText() {
        return resultText;
    }

    public boolean showsError() {
        return result.getStyleClass().contains("danger");
    }

    /** Evaluates the typed line, shows the value or the error, and applies assignments to the pane. */
    public void submit() {
        String line = field.getText();
        if (line.isBlank()) {
            return;
        }
        if (history.isEmpty() || !history.get(history.size() - 1).equals(line)) {
            history.add(line);
        }
        recall = history.size();
        long mine = ++generation;
        if (running != null) {
            running.cancel(true); // a newer line replaces the one still computing
        }
        setBusy(true);
        showWorking();
        running = worker.submit(() -> {
            Session.Result r = evaluator.apply(line);
            javafx.application.Platform.runLater(() -> {
                if (mine == generation) {   // a stale result never overwrites a newer one
                    running = null;
                    setBusy(false);
                    finish(r);
                }
            });
        });
    }

    /** Runs on the worker; never throws, whatever the line asks for. */
    private Session.Result evaluate(String line) {
        try {
            return session.run(line);
        } catch (OutOfMemoryError e) {
            return new Session.Result(line, null, null, "the result is too large to compute");
        } catch (RuntimeException | StackOverflowError e) {
            return new Session.Result(line, null, null, "cannot compute this");
        }
    }

    /** Stops the computation under way (Esc or Cancel); the bar says so and nothing else changes. */
    public void cancel() {
        if (running == null) {
            return;
        }
        generation++;
        running.cancel(true);
        running = null;
        setBusy(false);
        showError("cancelled");
    }

    /**
     * Empties the result line (another pane opened: the old result spoke of the old pane). A
     * computation under way is dropped without a word; the typed line and its history stay.
     */
    public void clearResult() {
        if (running != null) {
            generation++;
            running.cancel(true);
            running = null;
            setBusy(false);
        }
        resultText = "";
        result.getStyleClass().remove("danger");
        result.setText("");
        result.setTooltip(null);
        formula.setLatex("");
        formula.setVisible(false);
        formula.setManaged(false);
    }

    /** True while a typed line is being computed. */
    public boolean isBusy() {
        return cancel.isVisible();
    }

    private void setBusy(boolean busy) {
        cancel.setVisible(busy);
        cancel.setManaged(busy);
    }

    private void showWorking() {
        result.getStyleClass().remove("danger");
        formula.setVisible(false);
        formula.setManaged(false);
        result.setText("computing…  (Esc cancels)");
    }

    private void finish(Session.Result r) {
        if (!r.ok()) {
            showError(r.error());
            pointAtColumn(r.error());
            return;
        }
        String applied = applyToPane(r);
        if (applied != null && applied.startsWith("error: ")) {
            showError(applied.substring(7));
            return;
        }
        show(r.text(), latexOf(r), applied);
        if (field.getText().equals(r.input())) {
            field.clear(); // unless the learner has already typed the next line
        }
    }

    /** Sets the open pane's parameter of the same name; returns what was done, or null. */
    private String applyToPane(Session.Result r) {
        Statement s = r.statement();
        Explorable e = pane.get();
        if (e == null || s == null || s.name() == null) {
            return null;
        }
        var found = e.parameters().find(s.name());
        if (found.isEmpty()) {
            return null;
        }
        Parameter<?> p = found.get();
        String text;
        if (s.isFunctionDefinition()) {
            if (!(p instanceof ExpressionParameter)) {
                return null;
            }
            text = s.body().toString();
        } else {
            text = MathLanguage.format(r.value());
        }
        try {
            p.parse(text);
        } catch (ParameterException ex) {
            return "error: " + ex.getMessage();
        }
        e.history().record(() -> p.setText(text));
        return "set " + p.name() + " of " + e.title();
    }

    private void pointAtColumn(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("column (\\d+)").matcher(message);
        if (m.find()) {
            int col = Integer.parseInt(m.group(1)) - 1;
            field.positionCaret(Math.max(0, Math.min(field.getLength(), col)));
        }
    }

    private void recallBy(int delta) {
        if (history.isEmpty()) {
            return;
        }
        recall = Math.max(0, Math.min(history.size(), recall + delta));
        field.setText(recall == history.size() ? "" : history.get(recall));
        field.end();
    }

    /** The value typeset (a matrix as a matrix), or null when the language cannot typeset it. */
    private static String latexOf(Session.Result r) {
        try {
            return r.statement() != null && r.statement().isFunctionDefinition() ? null : "= " + org.mathlens.math.expr.Latex.of(r.value());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void show(String text, String latex, String applied) {
        resultText = text;
        result.getStyleClass().remove("danger");
        boolean typeset = latex != null;
        formula.setLatex(typeset ? latex : "");
        formula.setVisible(typeset);
        formula.setManaged(typeset);
        String note = applied == null ? "" : "→ " + applied;
        result.setText(typeset ? note : text + (note.isEmpty() ? "" : "   " + note));
        result.setTooltip(new Tooltip(text));
    }

    private void showError(String message) {
        if (!result.getStyleClass().contains("danger")) {
            result.getStyleClass().add("danger");
        }
        resultText = "error: " + message;
        formula.setVisible(false);
        formula.setManaged(false);
        result.setText(resultText);
        result.setTooltip(new Tooltip(message));
    }
}
