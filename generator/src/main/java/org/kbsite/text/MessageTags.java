package org.kbsite.text;

import java.util.regex.Pattern;

/**
 * The title tags that say an error message follows: {@code Err Msg} in its spellings ({@code
 * Error Message}, {@code Err. Message}, {@code Err Mssg} ...), one of a product or program ({@code
 * Windows Err Msg}, {@code MemMaker Error}, {@code Network Monitor Msg}, {@code STOP Message}), or
 * a bare {@code Error}, {@code Err} or {@code Msg}. Read where the tags stop (extract: what comes
 * after is the message, whose own colons make no tags) and where the index files an article under
 * the error-message tag.
 */
public final class MessageTags {
  private MessageTags() {}

  /** Up to two words, then the words of an error message; {@code Message} alone only after a word. */
  public static final Pattern TAG = Pattern.compile(
      "(?i)(?:[\\w./+&-]+ ){0,2}(?:err(?:or)?\\.? ?(?:msg|mss|mssg|message)\\.?|error|err\\.?|msg|(?<= )message)");
}
