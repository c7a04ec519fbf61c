package org.mathlens.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.mathlens.explorable.Catalog;
import org.mathlens.explorable.Explorable;
import org.mathlens.explorable.SafeFiles;
import org.mathlens.explorable.SavedScene;
import org.mathlens.kit.FormulaView;
import org.mathlens.kit.GifWriter;
import org.mathlens.kit.Looks;
import org.mathlens.kit.Recording;
import org.mathlens.kit.SvgExport;

/**
 * The window's ways of taking a pane out of it: Export SVG…, Export animation… (a looping
 * GIF of the pane's own play, filmed on a copy so the learner's pane does not move, with a
 * progress bar and Cancel), and the scene on the clipboard as text (Copy / Paste scene).
 */
final class Exports {
    private final Stage stage;
    private final StatusBar status;

    Exports(Stage stage, StatusBar status) {
        this.stage = stage;
        this.status = status;
    }

    void exportSvg(Explorable pane, javafx.scene.Node layout) {
        if (pane == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the pane as SVG (vector, for slides and print)");
        chooser.setInitialFileName(pane.id() + ".svg");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SVG drawing", "*.svg"));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportSvgTo(layout, file.toPath());
        }
    }

    void exportSvgTo(javafx.scene.Node layout, Path file) {
        try {
            SvgExport.Result svg = SvgExport.write(layout);
            SafeFiles.writeStringAtomically(file, svg.text());
            status.info("Exported " + file.getFileName()
                    + (svg.embedded().isEmpty() ? "" : " (as pixels inside it: " + String.join(", ", svg.embedded()) + ")"));
        } catch (IOException | RuntimeException ex) {
            status.error(ex instanceof IOException ? ex.getMessage() : "could not export " + file.getFileName());
        }
    }

    /** Copies the pane's scene to the clipboard as text (the same JSON Save scene writes). */
    void copyScene(Explorable pane) {
        if (pane == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(SavedScene.of(pane).toJson());
        Clipboard.getSystemClipboard().setContent(content);
        status.info("Copied the scene of " + pane.title());
    }

    /** The scene on the clipboard, checked; null (and one sentence in the status bar) when it is not one. */
    SavedScene pastedScene() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            status.error("The clipboard holds no text, so no scene to paste");
            return null;
        }
        try {
            SavedScene scene = SavedScene.fromText("the clipboard", text.strip());
            Explorable trial = Catalog.create(scene.explorable()).orElseThrow(() ->
                    new SavedScene.SceneException("the clipboard: no pane '" + scene.explorable() + "'"));
            scene.applyTo(trial);
            return scene;
        } catch (SavedScene.SceneException ex) {
            String m = ex.getMessage();
            status.error(m.startsWith("the clipboard") ? capital(m) : "The clipboard: " + m);
            return null;
        }
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Asks size, length and frame rate, then the file, then films with a progress bar and Cancel. */
    void exportAnimation(Explorable pane) {
        if (pane == null) {
            return;
        }
        if (pane.animation().isEmpty()) {
            status.error(pane.title() + " does not play, so it has no animation to export");
            return;
        }
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Export animation (GIF)");
        ChoiceBox<String> size = new ChoiceBox<>();
        size.getItems().addAll("640x400", "800x500", "1200x800", "1600x1000");
        size.setValue("800x500");
        Spinner<Integer> seconds = new Spinner<>(1, 60, 4);
        Spinner<Integer> fps = new Spinner<>(5, 30, 15);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Size (pixels)"), size);
        form.addRow(1, new Label("Seconds"), seconds);
        form.addRow(2, new Label("Frames a second"), fps);
        ProgressBar progress = new ProgressBar(0);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        Label note = new Label("The pane's own play from where it stands now; the GIF loops.");
        note.getStyleClass().add("text-muted");
        Button export = new Button("Export…");
        export.setDefaultButton(true);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        HBox buttons = new HBox(8, export, cancel);
        VBox root = new VBox(10, note, form, progress, buttons);
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root);
        Looks.style(scene);
        dialog.setScene(scene);
        Filming[] filming = new Filming[1];
        cancel.setOnAction(e -> {
            if (filming[0] != null) {
                filming[0].cancel();
            }
            dialog.close();
        });
        dialog.setOnCloseRequest(e -> {
            if (filming[0] != null) {
                filming[0].cancel();
            }
        });
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the pane's animation as GIF");
            chooser.setInitialFileName(pane.id() + ".gif");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"));
            java.io.File file = chooser.showSaveDialog(dialog);
            if (file == null) {
                return;
            }
            String[] wh = size.getValue().split("x");
            export.setDisable(true);
            form.setDisable(true);
            progress.setVisible(true);
            filming[0] = new Filming(pane, file.toPath(), Integer.parseInt(wh[0]), Integer.parseInt(wh[1]),
                    seconds.getValue(), fps.getValue(), progress, dialog);
            filming[0].start();
        });
        dialog.show();
    }

    /** One GIF being filmed: frames on the FX thread, one a pulse; encoding on a worker. */
    private final class Filming {
        private static final BufferedImage END = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        private final Recording recording;
        private final Path file;
        private final int frames;
        private final int fps;
        private final ProgressBar progress;
        private final Stage dialog;
        private final BlockingQueue<BufferedImage> queue = new LinkedBlockingQueue<>(8);
        private volatile boolean cancelled;
        private int taken;
        private int waits;
        private AnimationTimer timer;

        Filming(Explorable pane, Path file, int width, int height, int seconds, int fps, ProgressBar progress, Stage dialog) {
            // a copy at the learner's values: the pane on screen does not move while it is filmed
            Explorable copy = Catalog.create(pane.id()).orElseThrow();
            copy.parameters().setAll(pane.parameters().snapshot());
            this.recording = Recording.of(copy, width, height, fps).orElseThrow();
            this.file = file;
            this.frames = seconds * fps;
            this.fps = fps;
            this.progress = progress;
            this.dialog = dialog;
        }

        void start() {
            Thread writer = new Thread(this::write, "gif-writer");
            writer.setDaemon(true);
            writer.start();
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (cancelled) {
                        stop();
                        return;
                    }
                    if (!FormulaView.allDrawn() && waits++ < 120) {
                        return; // formulas are typeset off the FX thread: let them land first
                    }
                    if (queue.remainingCapacity() == 0) {
                        return; // the encoder is behind: wait a pulse
                    }
                    queue.add(recording.frame());
                    taken++;
                    progress.setProgress(0.9 * taken / frames);
                    if (taken == frames) {
                        queue.add(END);
                        stop();
                    }
                }
            };
            timer.start();
        }

        void cancel() {
            cancelled = true;
            queue.clear();
            queue.offer(END);
        }

        private void write() {
            try {
                SafeFiles.writeAtomically(file, out -> {
                    try (GifWriter gif = new GifWriter(out, fps)) {
                        while (true) {
                            BufferedImage frame = queue.take();
                            if (cancelled) {
                                throw new IOException("cancelled");
                            }
                            if (frame == END) {
                                break;
                            }
                            gif.add(frame);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("cancelled");
                    }
                });
                javafx.application.Platform.runLater(() -> {
                    progress.setProgress(1);
                    status.info("Exported " + file.getFileName() + " (" + frames + " frames, looping)");
                    dialog.close();
                });
            } catch (IOException | RuntimeException ex) {
                javafx.application.Platform.runLater(() -> {
                    if (cancelled) {
                        status.info("Export of " + file.getFileName() + " cancelled");
                    } else {
                        status.error(ex instanceof IOException ? ex.getMessage() : "could not export " + file.getFileName());
                        dialog.close();
                    }
                });
            }
        }
    }
}
