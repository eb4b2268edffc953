package dev.earshot.rules;

import java.util.List;

/** Rules that cannot be saved, with every problem found (not only the first), each naming its field. */
public final class InvalidRulesException extends IllegalArgumentException {
    private final transient List<FieldProblem> problems;

    public InvalidRulesException(List<FieldProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).field() + " " + problems.get(0).message()
                : problems.size() + " rules are invalid; see details");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
