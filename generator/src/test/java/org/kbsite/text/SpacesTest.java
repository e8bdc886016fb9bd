package org.kbsite.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The scans must do what the regular expressions they replace did, character for character. */
class SpacesTest {
  @Test
  void archiveShapes() {
    assertEquals("Event ID: 1000 Source: Userenv", Spaces.collapse("Event ID:\t1000\r\n   Source:  Userenv"));
    assertEquals(" a b ", Spaces.collapse("\u000B\fa \n b\r"));
    assertEquals("MicrosoftSQLServer", Spaces.remove(" Microsoft\tSQL  Server\n"));
    // No-break and em spaces are not \s: kept, as the regex kept them.
    assertEquals("a\u00A0\u2003b", Spaces.collapse("a\u00A0\u2003b"));
    String plain = "Windows NT Server 4.0";
    assertSame(plain, Spaces.collapse(plain), "text with single spaces only is returned as it is");
    assertTrue(Spaces.onlySpaceAnd(" ===\t---", "=-"));
    assertFalse(Spaces.onlySpaceAnd("=== x", "=-"));
  }

  @Property(tries = 3000)
  void collapseIsReplaceAllOfRuns(@ForAll("texts") String s) {
    assertEquals(s.replaceAll("\\s+", " "), Spaces.collapse(s));
  }

  @Property(tries = 3000)
  void removeIsReplaceAllOfRunsByNothing(@ForAll("texts") String s) {
    assertEquals(s.replaceAll("\\s+", ""), Spaces.remove(s));
  }

  @Property(tries = 3000)
  void onlySpaceAndIsTheCharacterClass(@ForAll("texts") String s) {
    assertEquals(Pattern.compile("[\\s=_*-]*").matcher(s).matches(), Spaces.onlySpaceAnd(s, "=_*-"));
  }

  @Provide
  Arbitrary<String> texts() {
    // Every \s character, Unicode spaces that are not \s (Character.isWhitespace or not), the
    // characters of rule lines, letters, the halves of a surrogate pair; and anything at all.
    Arbitrary<String> spacey = Arbitraries.strings()
        .withChars(" \t\n\u000B\f\r\u001C\u00A0\u2003\u3000=_*-ab\uD83D\uDE00").ofMaxLength(30);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30);
    return Arbitraries.oneOf(spacey, spacey, any);
  }
}
