package org.kbsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The tokeniser is a hand-written scan; search.js uses the regex {@code [\p{L}\p{N}]+} on
 * lower-cased text. The two must give the same terms, or a query would miss what the index holds.
 */
class TokensTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{N}]+(?:_[\\p{L}\\p{N}]+)+");

  /** The rule as search.js states it, with the same length limit. */
  private static List<String> byRegex(String text) {
    return byRegex(WORD, text);
  }

  private static List<String> byRegex(Pattern rule, String text) {
    int max = rule == IDENTIFIER ? Tokens.MAX_IDENTIFIER_LENGTH : Tokens.MAX_LENGTH;
    List<String> out = new ArrayList<>();
    Matcher m = rule.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (m.end() - m.start() <= max) {
        out.add(m.group());
      }
    }
    return out;
  }

  @Test
  void termsOfArchiveText() {
    assertEquals(List.of("error", "0x80004005", "in", "winnt32", "exe", "ox", "ⅻ", "²", "straße", "日本語"),
        Tokens.all("Error 0x80004005 in WINNT32.EXE /OX: Ⅻ, ², Straße; 日本語"));
    assertEquals(List.of("a"), Tokens.all("a " + "x".repeat(Tokens.MAX_LENGTH + 1)), "over-long runs dropped");
    assertEquals(List.of("𝒜b"), Tokens.all("𝒜B"), "letters outside the BMP");
  }

  @Property(tries = 2000)
  void sameTermsAsTheRegexSearchJsUses(@ForAll("texts") String text) {
    assertEquals(byRegex(text), Tokens.all(text));
  }

  @Test
  void identifiersOfArchiveText() {
    assertEquals(List.of("error_file_not_found", "hkey_local_machine", "afx_locales_h", "c6c7dd22_b292"),
        Tokens.identifiers("ERROR_FILE_NOT_FOUND (2) under HKEY_LOCAL_MACHINE\\Software; _beginthread, __declspec,"
            + " a rule ____ here, AFX_LOCALES_H__C6C7DD22_B292__INCLUDED_"));
    assertEquals(List.of(), Tokens.identifiers("no underscore at all"));
    assertEquals(List.of("a_b"), Tokens.identifiers("a_b " + "x_".repeat(Tokens.MAX_IDENTIFIER_LENGTH / 2) + "y"),
        "over-long ones dropped");
    assertEquals(List.of("mq_error_object_server_not_available"), Tokens.identifiers("MQ_ERROR_OBJECT_SERVER_NOT_AVAILABLE"),
        "longer than a word may be");
  }

  @Property(tries = 2000)
  void sameIdentifiersAsTheRegexSearchJsUses(@ForAll("texts") String text) {
    assertEquals(byRegex(IDENTIFIER, text), Tokens.identifiers(text));
  }

  @Provide
  Arbitrary<String> texts() {
    // Letters, digits, punctuation, spaces, and code points from all over Unicode (surrogate
    // pairs included), in runs long enough to reach the length limit.
    Arbitrary<String> ascii = Arbitraries.strings().withChars("aZ09 .,:;-_\\/\"'()\t\n").ofMaxLength(40);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> letters = Arbitraries.strings().alpha().numeric().ofMinLength(25).ofMaxLength(40);
    return Arbitraries.oneOf(ascii, any, letters).list().ofMaxSize(5).map(parts -> String.join("", parts));
  }
}
