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
 * The tokeniser is a hand-written scan; search-index.js uses the regex {@code [\p{L}\p{N}]+} on
 * lower-cased text. The two must give the same terms, or a query would miss what the index holds.
 */
class TokensTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{N}]+(?:_[\\p{L}\\p{N}]+)+|[\\p{L}\\p{N}]+\\+\\+");
  /** search-index.js's fold of a hexadecimal number's leading zeros, and of an eight-digit code's 0x. */
  private static final Pattern HEX = Pattern.compile("^0x0+([0-9a-f]+)$");
  private static final Pattern CODE = Pattern.compile("^0x([1-9a-f][0-9a-f]{7})$");

  /** The rule as search-index.js states it, with the same length limit. */
  private static List<String> byRegex(String text) {
    return byRegex(WORD, text);
  }

  private static List<String> byRegex(Pattern rule, String text) {
    int max = rule == IDENTIFIER ? Tokens.MAX_IDENTIFIER_LENGTH : Tokens.MAX_LENGTH;
    List<String> out = new ArrayList<>();
    Matcher m = rule.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (m.end() - m.start() <= max) {
        out.add(rule == WORD ? CODE.matcher(HEX.matcher(m.group()).replaceFirst("0x$1")).replaceFirst("$1") : m.group());
      }
    }
    return out;
  }

  @Test
  void termsOfArchiveText() {
    assertEquals(List.of("error", "80004005", "in", "winnt32", "exe", "ox", "ⅻ", "²", "straße", "日本語"),
        Tokens.all("Error 0x80004005 in WINNT32.EXE /OX: Ⅻ, ², Straße; 日本語"));
    assertEquals(List.of("a"), Tokens.all("a " + "x".repeat(Tokens.MAX_LENGTH + 1)), "over-long runs dropped");
    assertEquals(List.of("𝒜b"), Tokens.all("𝒜B"), "letters outside the BMP");
    // One STOP code, three spellings (Q146095, Q126724 ...): one term; other numbers as they are.
    assertEquals(List.of("stop", "0xa", "0xa", "0xa", "0x0", "0x10", "0x0g", "0x", "00x0a", "c0000218"),
        Tokens.all("STOP 0x0000000A, 0x0A, 0xA; 0x00000000 0x0010 0x0G 0x 00x0A c0000218"));
    // An eight-digit code with its 0x and without (Q221742's "C0000005", Q165429's "0xC0000005"):
    // one term; shorter or longer ones, and one with a leading zero, keep their 0x.
    assertEquals(List.of("c0000005", "c0000005", "0x8007", "0x123456789", "0xc000005", "c0000005", "c0000005"),
        Tokens.all("0xC0000005 c0000005 0x8007 0x123456789 0x0C000005 0x0C0000005 0x00000000C0000005"));
    // The fold is idempotent, and agrees with search-index.js's two regexes on every such code.
    for (String code : List.of("0x0", "0x00", "0xa", "0x0000000a", "0xc0000005", "0x0c0000005", "0x00000000c0000005",
        "0x80004005", "0x123456789", "0x0123456789", "0x0000", "0x10000000", "0x010000000")) {
      assertEquals(byRegex(code), List.of(Tokens.fold(code)), code);
      assertEquals(Tokens.fold(code), Tokens.fold(Tokens.fold(code)), code);
    }
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
    assertEquals(List.of("c++", "vc++", "j++", "a_b"), Tokens.identifiers("Visual C++ (VC++), J++; a_b++ x + y"));
  }

  @Test
  void aServicePackSpelledOutIsTheTermItsShortFormHas() {
    // Q174217 writes "running Service Pack 3", Q219299 "4.0 SP3"; Q170500-style "SP 4", "Service Pack 6a".
    assertEquals(List.of("sp3", "sp4", "sp6a"), Tokens.servicePacks(Tokens.all(
        "running Service Pack 3, then SP 4; service-pack 6a")));
    // Not a pack number: three digits, two letters, a word, "packs", or the number missing at the end.
    assertEquals(List.of(), Tokens.servicePacks(Tokens.all(
        "Service Pack 123, SP 2bc, service pack one, Service Packs 1, SP3 as written, service pack")));
  }

  @Property(tries = 2000)
  void sameIdentifiersAsTheRegexSearchJsUses(@ForAll("texts") String text) {
    assertEquals(byRegex(IDENTIFIER, text), Tokens.identifiers(text));
  }

  @Provide
  Arbitrary<String> texts() {
    // Letters, digits, punctuation, spaces, and code points from all over Unicode (surrogate
    // pairs included), in runs long enough to reach the length limit.
    Arbitrary<String> ascii = Arbitraries.strings().withChars("aZ09xXf .,:;-_+\\/\"'()\t\n").ofMaxLength(40);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> letters = Arbitraries.strings().alpha().numeric().ofMinLength(25).ofMaxLength(40);
    return Arbitraries.oneOf(ascii, any, letters).list().ofMaxSize(5).map(parts -> String.join("", parts));
  }
}
