package dev.earshot.simulate;

import dev.earshot.vocab.Mood;
import java.util.LinkedHashMap;
import java.util.Map;

/** A track's audio features, on Spotify's scales: 0..1 except tempo (BPM) and loudness (dB). */
public record AudioProfile(double danceability, double energy, double valence, double tempo, double acousticness,
                           double instrumentalness, double speechiness, double loudness) {

    public Mood mood() {
        return Mood.of(valence, energy);
    }

    /** The features by their wire names, as inline track metadata carries them. */
    public Map<String, Double> toMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("danceability", danceability);
        m.put("energy", energy);
        m.put("valence", valence);
        m.put("tempo", tempo);
        m.put("acousticness", acousticness);
        m.put("instrumentalness", instrumentalness);
        m.put("speechiness", speechiness);
        m.put("loudness", loudness);
        return m;
    }
}
