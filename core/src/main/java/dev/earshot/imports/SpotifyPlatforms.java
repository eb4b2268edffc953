package dev.earshot.imports;

import dev.earshot.event.Device;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of device behind Spotify's {@code platform} text. Older exports write free text
 * ("Android OS 9 API 28 (samsung, SM-G960F)", "iOS 12.1.4 (iPhone8,1)", "Windows 10 (10.0.19041; x64)",
 * "OS X 10.13.6 [x86 8]", "WebPlayer (websocket RFC6455)", "web_player windows 10;chrome 91.0;desktop",
 * "Partner sonos_ppc Sonos;Play:1;…", "Partner android_tv Sony;BRAVIA 4K GB;…"), newer ones a word ("android",
 * "ios", "windows", "osx", "web_player", "cast_to_device", "not_applicable"). Only what the text says is
 * mapped: a cast or console target, or text we do not know, stays unknown (null).
 */
final class SpotifyPlatforms {
    private static final Pattern TV = Pattern.compile(
            "(?:^|[^a-z])tv(?:$|[^a-z])|_tv|tv_|bravia|tizen|webos|roku|firetv|fire tv|appletv|apple tv|smart_tv");
    private static final Pattern SPEAKER = Pattern.compile(
            "sonos|echo|alexa|amazon|google[ _]home|homepod|speaker|bose|denon|yamaha|bang ?& ?olufsen");
    private static final Pattern CAR = Pattern.compile("(?:^|[^a-z])car(?:$|[^a-z])|carplay|android[ _]?auto|tesla|vehicle");

    private SpotifyPlatforms() {
    }

    static Device device(String platform) {
        if (platform == null) {
            return null;
        }
        String p = platform.toLowerCase(Locale.ROOT).strip();
        if (p.contains("ipad") || p.contains("tablet")) {
            return Device.TABLET;
        }
        if (p.startsWith("ios") || p.contains("iphone") || p.contains("ipod")) {
            return Device.MOBILE;
        }
        if (TV.matcher(p).find()) {
            return Device.TV;
        }
        if (SPEAKER.matcher(p).find()) {
            return Device.SMART_SPEAKER;
        }
        if (CAR.matcher(p).find()) {
            return Device.CAR;
        }
        if (p.startsWith("android")) {
            return Device.MOBILE;
        }
        if (p.startsWith("web") || p.contains("web_player") || p.contains("webplayer") || p.contains("web player")) {
            return Device.WEB;
        }
        if (p.startsWith("windows") || p.startsWith("os x") || p.startsWith("osx") || p.startsWith("macos")
                || p.startsWith("mac os") || p.startsWith("linux") || p.equals("desktop")) {
            return Device.DESKTOP;
        }
        return null;
    }
}
