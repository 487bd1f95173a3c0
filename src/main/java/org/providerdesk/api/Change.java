package org.providerdesk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One changed row in the sync feed. {@code kind} comes first in the JSON so a streaming reader knows the type of
 * {@code data} before it reaches it.
 *
 * @param version the row's change number; the feed is ordered by it
 * @param deleted a tombstone: the client deletes the row; {@code data} is absent
 */
@JsonPropertyOrder({"kind", "id", "version", "deleted", "data"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(String kind, long id, long version, boolean deleted, JsonNode data) {
}
