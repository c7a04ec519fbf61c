package org.mathlens.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MathSpansTest {

    @Test
    void findsInlineAndDisplayFormulas() {
        MathSpans.Scan s = MathSpans.scan("a $x_1$ b $$\\sqrt{2}$$ c");
        assertThat(s.ok()).isTrue();
        assertThat(s.spans()).containsExactly(
                new MathSpans.Span(2, 7, "x_1", false),
                new MathSpans.Span(10, 22, "\\sqrt{2}", true));
    }

    @Test
    void extractReplacesFormulasWithPlaceholders() {
        MathSpans.Extracted e = MathSpans.extract("*a* $v_1 * v_2$ and `$x$`");
        assertThat(e.markdown()).isEqualTo("*a* " + MathSpans.placeholder(0) + " and `$x$`");
        assertThat(e.formulas()).extracting(MathSpans.Span::latex).containsExactly("v_1 * v_2");
    }

    @Test
    void escapedDollarInsideFormulaDoesNotCloseIt() {
        assertThat(MathSpans.scan("$a \\$ b$").spans()).extracting(MathSpans.Span::latex).containsExactly("a \\$ b");
    }

    @Test
    void reportsWhereAnUnclosedFormulaStarts() {
        MathSpans.Scan s = MathSpans.scan("ok $a$ then $b\n$c$");
        assertThat(s.unterminatedAt()).isEqualTo(12);
        assertThat(s.unterminatedDisplay()).isFalse();
    }
}
