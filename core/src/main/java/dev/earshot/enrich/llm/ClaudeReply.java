package dev.earshot.enrich.llm;

/** Claude's text answer to one batch, with the usage it is charged by and why it stopped. */
record ClaudeReply(String text, long inputTokens, long outputTokens, String stopReason) {
}
