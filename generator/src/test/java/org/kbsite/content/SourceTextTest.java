package org.kbsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTest {
  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) p);
      }
    }
    return out.toByteArray();
  }

  @Test
  void utf8IsReadAsItIsWithNoNote() {
    SourceText t = SourceText.decode(bytes("caf\u00e9 \u2500\u2500 \uD83D\uDE00\n"));
    assertEquals("caf\u00e9 \u2500\u2500 \uD83D\uDE00\n", t.text());
    assertEquals(List.of(), t.notes());
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsWindows1252AndTheRestStaysUtf8() {
    SourceText t = SourceText.decode(bytes("one \u00e9\ntwo ", 0xE9, " ", 0x93, "q", 0x94, " ", 0x80, "\n"));
    assertEquals("one \u00e9\ntwo \u00e9 \u201cq\u201d \u20ac\n", t.text());
    assertEquals(List.of(new SourceText.Note(2, "not UTF-8: 4 bytes read as Windows-1252")), t.notes());
  }

  @Test
  void bytesWindows1252LeavesUndefinedAreKeptAsTheirC1Codes() {
    SourceText t = SourceText.decode(bytes(0x81, 0x8D, 0x8F, 0x90, 0x9D));
    assertEquals("\u0081\u008D\u008F\u0090\u009D", t.text());
  }

  @Test
  void aUtf8SequenceCutShortAtTheEndIsKeptByteForByte() {
    SourceText t = SourceText.decode(bytes("x", 0xE2, 0x82));
    assertEquals("x\u00e2\u201a", t.text());
    assertEquals(List.of(new SourceText.Note(1, "not UTF-8: 2 bytes read as Windows-1252")), t.notes());
  }

  @Test
  void byteOrderMarkAndLineEndsAreNormalisedAndNoted() {
    assertEquals(new SourceText("a\nb\n", List.of(new SourceText.Note(1, "byte-order mark removed"),
        new SourceText.Note(1, "CRLF line ends read as LF"))), SourceText.decode(bytes(0xEF, 0xBB, 0xBF, "a\r\nb\r\n")));
    assertEquals(new SourceText("a\nb\n", List.of(new SourceText.Note(1, "CR line ends read as LF"))),
        SourceText.decode(bytes("a\rb\r")));
    assertEquals(new SourceText("a\nb\nc", List.of(new SourceText.Note(1, "mixed CRLF and CR line ends read as LF"))),
        SourceText.decode(bytes("a\r\nb\rc")));
  }
}
