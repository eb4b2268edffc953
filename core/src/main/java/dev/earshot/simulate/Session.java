package dev.earshot.simulate;

import dev.earshot.event.Device;
import dev.earshot.event.PlaybackContext;
import dev.earshot.vocab.ListeningContext;

/** A session being played: its id, true context, device, where plays start from, and whether it is held out. */
public record Session(String id, long startMillis, ListeningContext context, Device device, PlaybackContext playback,
               boolean heldOut) {
}
