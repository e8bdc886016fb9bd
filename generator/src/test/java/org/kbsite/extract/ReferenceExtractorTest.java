package org.kbsite.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kbsite.model.KbId;

/**
 * Mentions are the matches of the rule below, other than the article's own: looked for only from
 * the first Q and digit, they must be every match a search of the whole text finds.
 */
class ReferenceExtractorTest {
  private static final Pattern RULE =
      Pattern.compile("(?<![\\w/=?])Q(\\d{5,6})(?:(?!\\w)(?!\\.[A-Za-z])|(?=[A-Z]\\w*+(?!\\.[A-Za-z])))");
  private static final KbId SELF = KbId.parse("Q100000");

  private static List<String> byRule(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = RULE.matcher(text);
    while (m.find()) {
      KbId id = KbId.parse(m.group(1));
      if (id != null && !id.equals(SELF)) {
        out.add(m.start() + "-" + m.end() + ":" + id);
      }
    }
    return out;
  }

  private static List<String> found(String text) {
    return ReferenceExtractor.mentions(text, SELF).stream().map(m -> m.start() + "-" + m.end() + ":" + m.id()).toList();
  }

  @Test
  void archiveShapes() {
    assertEquals(List.of("11-18:Q123456"), found("SQL Server Q123456 describes it"), "a Q before the first candidate");
    assertEquals(List.of(), found("xQ12345 and Q1234567 and Q12345.exe and Q12"), "inside a word, too long, a file, too short");
    assertEquals(List.of("14-20:Q23456"), found("/Q12345 (also Q23456)"), "part of a path");
    assertEquals(List.of("4-11:Q123457"), found("See Q123457. Q100000 is this article"), "a sentence's end; not itself");
    assertEquals(List.of(), found("ends with Q"));
    // Q153401, Q166785: a list of references with each title glued to its number.
    assertEquals(List.of("1-8:Q149857"), found("\tQ149857MoveFileEx API Does Not Work After Applying SP4"), "glued title");
    assertEquals(List.of("2-9:Q155903"), found("  Q155903WD97: Err Msg"), "glued title tag");
    assertEquals(List.of(), found("Q248838engi.exe Q312895ENU.exe Q299444_W2K_SP3_x86_EN.exe"), "hotfix files");
  }

  @Property(tries = 3000)
  void sameMentionsAsTheRuleOverTheWholeText(@ForAll("texts") String text) {
    assertEquals(byRule(text), found(text));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> near = Arbitraries.strings().withChars("Q0123456789aZE_/=?. \t").ofMaxLength(40);
    Arbitrary<String> words = Arbitraries.of("Q", "SQL ", "Q1", "Q12345", "Q123456", "Q100000", "xQ", "/", ".exe", " ", "9",
            "Move", "INFO:", "E")
        .list().ofMaxSize(12).map(parts -> String.join("", parts));
    return Arbitraries.oneOf(near, words);
  }
}
