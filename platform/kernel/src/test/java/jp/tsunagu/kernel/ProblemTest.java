package jp.tsunagu.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    @DisplayName("a value the user left out is an argument like any other: the problem is made, not a NullPointerException in its place")
    void nullArgument() {
        Problem problem = new Problem.Invalid("groupId", "workspace.unknown", (Object) null);
        assertThat(problem.args()).containsExactly((Object) null);
        assertThat(problem.getMessage()).isEqualTo("workspace.unknown [null]");
        assertThat(((Problem.Invalid) problem).field()).isEqualTo("groupId");
        Object[] none = null; // what a bare null for the varargs is
        assertThat(new Problem.Invalid("groupId", "NotNull", none).args()).containsExactly((Object) null);
    }

    @Test
    @DisplayName("the arguments are the problem's own: changing the caller's array later changes nothing")
    void argumentsAreCopied() {
        Object[] args = {"2026-11"};
        Problem problem = new Problem.Conflict("workspace.month.closed", args);
        args[0] = "changed";
        assertThat(problem.args()).containsExactly("2026-11");
    }
}
