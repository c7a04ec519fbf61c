package org.mathlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class StagePlanTest {
    private static StagePlan auto(double width) {
        return StagePlan.of(width, StagePlan.Wish.AUTO, true, StagePlan.LESSON_DEFAULT, StagePlan.ControlsWish.AUTO);
    }

    @Test
    void thePictureKeepsItsShareAtEveryWidthFrom1024() {
        for (double w = 1024; w <= 3840; w += 2) {
            StagePlan p = auto(w);
            assertThat((p.pictureWidth(w) - LessonGrip.WIDTH) / w).as("width %s", w).isGreaterThanOrEqualTo(StagePlan.PICTURE_SHARE);
            assertThat(p.lessonWidth()).isBetween(StagePlan.LESSON_MIN, StagePlan.LESSON_MAX);
        }
    }

    @Test
    void theColumnsGiveWayInOrder() {
        StagePlan small = auto(1024);
        assertThat(small.navigator()).isFalse();
        assertThat(small.controls()).isEqualTo(StagePlan.PlacedControls.BELOW);
        StagePlan laptop = auto(1366);
        assertThat(laptop.navigator()).isFalse();
        assertThat(laptop.controls()).isEqualTo(StagePlan.PlacedControls.BESIDE);
        StagePlan wide = auto(1920);
        assertThat(wide.navigator()).isTrue();
        assertThat(wide.controls()).isEqualTo(StagePlan.PlacedControls.BESIDE);
    }

    @Test
    void anExplicitWishIsKept() {
        StagePlan p = StagePlan.of(1024, StagePlan.Wish.SHOWN, false, 300, StagePlan.ControlsWish.BESIDE);
        assertThat(p.navigator()).isTrue();
        assertThat(p.lesson()).isFalse();
        assertThat(p.lessonWidth()).isZero();
        assertThat(p.controls()).isEqualTo(StagePlan.PlacedControls.BESIDE);
        assertThat(StagePlan.of(1920, StagePlan.Wish.HIDDEN, true, 9999, StagePlan.ControlsWish.HIDDEN).lessonWidth())
                .isLessThanOrEqualTo(StagePlan.LESSON_MAX);
    }

    @Test
    void theWindowOpensOnAScreenWithRoomForItsFrame() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1366, 740);
        Rectangle2D projector = new Rectangle2D(1366, 0, 1024, 768);
        List<Rectangle2D> both = List.of(laptop, projector);
        // saved on a projector since unplugged: back on the laptop, shrunk to fit
        Rectangle2D back = WindowPlacement.place(2000, 100, 1500, 920, List.of(laptop), laptop);
        assertThat(back.getMaxX() + WindowPlacement.FRAME_WIDTH).isLessThanOrEqualTo(1366);
        assertThat(back.getHeight()).isEqualTo(740 - WindowPlacement.FRAME_HEIGHT);
        // on the projector, it stays there
        Rectangle2D there = WindowPlacement.place(1400, 10, 900, 600, both, laptop);
        assertThat(there).isEqualTo(new Rectangle2D(1400, 10, 900, 600));
        // nothing saved: the window manager places it
        assertThat(Double.isNaN(WindowPlacement.place(Double.NaN, Double.NaN, 1200, 800, both, laptop).getMinX())).isTrue();
    }
}
