package dev.earshot.vocab;

import dev.earshot.event.WireEnum;

/** Why someone is listening. {@code OTHER} is said when no context is clearly more likely than the rest. */
public enum ListeningContext implements WireEnum {
    WORKOUT, COMMUTE, FOCUS, PARTY, RELAX, SLEEP, OTHER
}
