package dev.earshot.simulate;

import dev.earshot.vocab.Genre;
import java.time.LocalDate;

/**
 * An artist of the simulated world. {@code secondary} is null unless the artist crosses two genres;
 * {@code emerging} artists debut around the period's start and gain listeners fast during it.
 */
public record SimArtist(int index, String id, String name, Genre primary, Genre secondary, boolean emerging,
                        LocalDate debut) {
}
