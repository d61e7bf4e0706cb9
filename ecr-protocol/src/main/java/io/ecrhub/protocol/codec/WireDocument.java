package io.ecrhub.protocol.codec;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/**
 * The top-level JSON object of a frame, as the JSON-B deserializer hands it to the codec. Public
 * only because JSON-B builds a model of every class it binds; nothing outside the codec needs it.
 *
 * @param root the frame's top-level object, its path empty
 * @param endOffset where the object ended in the frame (-1 when the parser cannot tell), so that
 *     the codec can refuse content after it: JSON-B itself stops reading at the object's end
 */
@JsonbTypeDeserializer(WireDocumentDeserializer.class)
public record WireDocument(WireObject root, long endOffset) {}
