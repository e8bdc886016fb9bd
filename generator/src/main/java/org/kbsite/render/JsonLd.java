package org.kbsite.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import org.kbsite.catalog.Json;

/**
 * Serialises schema.org data for a {@code <script type="application/ld+json">} block. Jackson
 * writes the JSON; {@code <}, {@code >} and {@code &} are written as {@code \u003C}-style escapes
 * so that no text can close the script element early.
 */
final class JsonLd {
  private static final ObjectWriter WRITER = Json.MAPPER.writer().with(new HtmlSafe());

  private JsonLd() {}

  static String of(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class HtmlSafe extends CharacterEscapes {
    private final int[] escapes = standardAsciiEscapesForJSON();

    HtmlSafe() {
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
