package org.kbsite.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A page's bytes decoded to text with LF line ends and no byte-order mark; {@code notes} say what
 * was changed on the way. Bytes that are not valid UTF-8 are read as Windows-1252, which the
 * archive's older pages use, so that no character is lost.
 */
public record SourceText(String text, List<Note> notes) {
  /** A remark about the decoding, at a 1-based line of the page. */
  public record Note(int line, String reason) {}

  /** Windows-1252 for the bytes 0x80-0xFF, as browsers read it (WHATWG Encoding). */
  private static final char[] HIGH_HALF = highHalf();

  public SourceText {
    notes = List.copyOf(notes);
  }

  public static SourceText decode(byte[] bytes) {
    List<Note> notes = new ArrayList<>();
    String text = utf8OrWindows1252(bytes, notes);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
      notes.add(new Note(1, "byte-order mark removed"));
    }
    if (text.indexOf('\r') >= 0) {
      int crlf = count(text, "\r\n");
      text = text.replace("\r\n", "\n");
      int cr = count(text, "\r");
      text = text.replace('\r', '\n');
      notes.add(new Note(1, lineEnds(crlf, cr)));
    }
    return new SourceText(text, notes);
  }

  /** UTF-8 wherever the bytes are valid UTF-8; each byte that is not is read as Windows-1252. */
  private static String utf8OrWindows1252(byte[] bytes, List<Note> notes) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // Neither UTF-8 nor Windows-1252 makes more chars than bytes, so this never overflows.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    int foreign = 0;
    int firstLine = 0;
    while (true) {
      CoderResult r = utf8.decode(in, out, true);
      if (r.isUnderflow()) {
        utf8.flush(out);
        break;
      }
      if (foreign == 0) {
        firstLine = lineAt(out);
      }
      for (int i = 0; i < r.length(); i++) {
        out.put(HIGH_HALF[in.get() & 0x7F]);
        foreign++;
      }
    }
    if (foreign > 0) {
      notes.add(new Note(firstLine, String.format(Locale.ROOT,
          "not UTF-8: %d byte%s read as Windows-1252", foreign, foreign == 1 ? "" : "s")));
    }
    return out.flip().toString();
  }

  private static int lineAt(CharBuffer written) {
    int line = 1;
    for (int i = 0; i < written.position(); i++) {
      if (written.get(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static char[] highHalf() {
    byte[] high = new byte[128];
    for (int i = 0; i < 128; i++) {
      high[i] = (byte) (0x80 + i);
    }
    char[] chars = new String(high, Charset.forName("windows-1252")).toCharArray();
    for (int i = 0; i < 128; i++) {
      // Java leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undecoded; browsers keep them as C1 codes.
      if (chars[i] == '\uFFFD') {
        chars[i] = (char) (0x80 + i);
      }
    }
    return chars;
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }

  private static String lineEnds(int crlf, int cr) {
    if (cr == 0) {
      return "CRLF line ends read as LF";
    }
    return crlf == 0 ? "CR line ends read as LF" : "mixed CRLF and CR line ends read as LF";
  }
}
