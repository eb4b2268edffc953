package dev.earshot.simulate;

import dev.earshot.event.Device;
import dev.earshot.event.Platform;
import java.util.List;

/**
 * A simulated listener. {@code engagement} is the latent value (0..1) behind heavy, premium-like use: it
 * raises listening volume and the chance of a premium plan. {@code chronotype} shifts the daily rhythm by
 * whole hours (night owls listen later). {@code favourites} are the tracks they come back to again and again.
 */
public record SimUser(int index, String id, Taste taste, City city, Platform platform, List<Device> devices,
                      double sessionsPerDay, double engagement, boolean premium, int chronotype,
                      List<SimTrack> favourites) {
}
