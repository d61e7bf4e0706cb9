package io.ecrhub.protocol.codec;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;

/** The top-level JSON object of a frame, as the JSON-B deserializer hands it to the codec. */
@JsonbTypeDeserializer(WireDocumentDeserializer.class)
record WireDocument(WireObject root) {}
