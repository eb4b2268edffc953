package dev.earshot.rules;

/** What is wrong with one member of a rules document: {@code field} is its path ("merges[0].names[1]"). */
public record FieldProblem(String field, String message) {
}
