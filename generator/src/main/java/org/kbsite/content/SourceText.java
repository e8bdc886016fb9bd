package org.kbsite.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A page's bytes decoded to text with LF line ends and no byte-order mark. Text that is not valid
 * UTF-8 is read as Windows-1252, which the archive's older pages use; {@code note} says so.
 */
public record SourceText(String text, String note) {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public static SourceText decode(byte[] bytes) {
    String text;
    String note = null;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, WINDOWS_1252);
      note = "not UTF-8: read as Windows-1252";
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    return new SourceText(text, note);
  }
}
