package org.mathlens.app;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.mathlens.explorable.PaneAnimation;

/**
 * Plays the shown pane's animation from one timer: play, pause, step, speed. Time is real
 * time times speed, clamped so a stalled frame does not make the animation jump.
 */
public final class Player {
    private final DoubleProperty speed = new SimpleDoubleProperty(1.0);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private PaneAnimation animation;
    private long last;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (animation == null) {
                return;
            }
            double dt = last == 0 ? 0 : Math.min(0.1, (now - last) / 1e9);
            last = now;
            animation.advance(dt * speed.get());
            if (animation.isFinished()) {
                pause();
            }
        }
    };

    public Player() {
        playing.addListener((o, was, is) -> {
            if (is && animation != null) {
                if (animation.isFinished()) {
                    animation.rewind();
                }
                last = 0;
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    /** The animation of the pane now shown, or null; the old one stops. */
    public void setAnimation(PaneAnimation next) {
        pause();
        animation = next;
        available.set(next != null);
    }

    public void toggle() {
        if (animation != null) {
            playing.set(!playing.get());
        }
    }

    public void pause() {
        playing.set(false);
    }

    public void step() {
        if (animation != null) {
            pause();
            animation.step();
        }
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }
}
