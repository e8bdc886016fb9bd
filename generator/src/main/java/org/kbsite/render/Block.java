package org.kbsite.render;

/**
 * One block of article text as the templates see it: exactly one of the fields is set.
 * {@code para} is re-flowed prose, {@code pre} keeps its lines and spacing, {@code sub} is a
 * dash-underlined sub-heading.
 */
public record Block(String para, String pre, String sub) {
  static Block para(String text) {
    return new Block(text, null, null);
  }

  static Block pre(String text) {
    return new Block(null, text, null);
  }

  static Block sub(String text) {
    return new Block(null, null, text);
  }
}
