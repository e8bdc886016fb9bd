package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.kbsite.text.MessageTags;

/** The title without its {@code QNNNNN: } prefix, entities decoded, and its leading tags. */
final class TitleParser {
  private static final Pattern ID_PREFIX = Pattern.compile("^\\s*Q\\d+\\s*:\\s?");
  /** A tag: 1 to 3 words of letters, digits and {@code . / - + &}, then {@code ": "}. */
  private static final Pattern TAG =
      Pattern.compile("^([A-Za-z0-9./+&-]+(?: [A-Za-z0-9./+&-]+){0,2}): ");
  /**
   * A tag typed without the space after its colon ({@code PRB:Unexpected Results},
   * {@code FIX:_VFP.Eval()}, {@code WD97:Creating}): one word that starts with a capital, then the
   * title's next word at once, starting with a capital, a digit or {@code _} ({@code cc:Mail},
   * {@code Everyone:Read} and {@code deque::at} are none).
   */
  private static final Pattern GLUED_TAG = Pattern.compile("^([A-Z][A-Za-z0-9]{1,9}):(?=[A-Z0-9_])");

  /**
   * Words that make a title's opening words a phrase of its own, not a tag ({@code Finding the
   * COM1: Serial Port ...}, {@code Differences in Security: ...}, {@code STOP: 0x0000000A or STOP:
   * 0x0000001E ...}); {@code of}, {@code and} and {@code for} are in products' names that are tags
   * ({@code Age of Empires}, {@code Streets and Trips}, {@code Windows for Workgroups}). Capitalized
   * too, as titles are often title-cased ({@code XADM: Error Using From: Field When Replying ...}),
   * but not in capitals, nor in the HOWTO tag's spellings: {@code HOW TO} and {@code How To} are tags.
   */
  private static final Pattern PHRASE_WORD =
      Pattern.compile(" (?:[Tt]he|[Aa]n?|[Ii][ns]|[Oo][nr]|[Tt]o|[Ww]ith|[Bb]y|[Ff]rom|[Aa][ts])(?= |$)");

  /**
   * A message's number, not a tag: {@code Event ID 2510}, {@code Event 552}, {@code Error 4266},
   * {@code SNA Error 505}, {@code Run-Time Error 424}, {@code Linker Error L2002}, {@code Warning
   * L4014}. The title names the event or error it is about; the tags, if any, came before.
   */
  private static final Pattern MESSAGE_NUMBER =
      Pattern.compile("(?i)(?:.+ )?(?:event(?: id)?|error|warning) [A-Z]?\\d+");

  /** The HOWTO tag as the archive spells it three ways: {@code HOWTO}, {@code HOW TO}, {@code How To}. */
  private static final Pattern HOW_TO = Pattern.compile("(?i)how ?to");

  private TitleParser() {}

  static String title(String frontMatterTitle) {
    String t = frontMatterTitle == null ? "" : frontMatterTitle;
    t = ID_PREFIX.matcher(t).replaceFirst("");
    return Parser.unescapeEntities(t, false);
  }

  static List<String> tags(String title) {
    List<String> tags = new ArrayList<>();
    String rest = title;
    Matcher m;
    while ((m = TAG.matcher(rest)).find() || (m = GLUED_TAG.matcher(rest)).find()) {
      if (PHRASE_WORD.matcher(m.group(1)).find() && !HOW_TO.matcher(m.group(1)).matches()
          || MESSAGE_NUMBER.matcher(m.group(1)).matches()) {
        break;
      }
      tags.add(m.group(1));
      if (MessageTags.TAG.matcher(m.group(1)).matches()) {
        break;
      }
      rest = rest.substring(m.end());
    }
    return tags;
  }
}
