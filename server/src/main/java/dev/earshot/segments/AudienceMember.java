package dev.earshot.segments;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One listener in a segment: how many of their listens in the range match, and the country and platform
 * most of those listens came from. The property order is the CSV's column order.
 */
@JsonPropertyOrder({"userId", "matchingListens", "country", "platform", "meanEngagement"})
public record AudienceMember(String userId, long matchingListens, String country, String platform,
                             Double meanEngagement) {
}
