package org.mathlens.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoalCheckTest {

    @Test
    void namesSkipFunctionsConstantsAndNumberExponents() {
        assertThat(GoalCheck.readoutNames("abs(l1 - 3) < 0.1 and norm(u_v) > pi * 2e-3 or f(x) == e"))
                .containsExactly("l1", "u_v", "x");
    }

    @Test
    void bracketsMustBalanceInOrder() {
        assertThat(GoalCheck.bracketProblem("abs([1, 2)]")).contains("')' at column 10 does not match an opening '('");
        assertThat(GoalCheck.bracketProblem("det == 0")).isEmpty();
    }
}
