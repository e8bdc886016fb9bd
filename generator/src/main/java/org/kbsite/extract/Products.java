package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's products. The Programmer's Library pages (3,349 in the archive, 1988 to 1991) all
 * say {@code Product(s): See article}, which names no product: listed as one, it would be the
 * archive's fifth largest, mixing BASIC, C and MASM articles and their versions. Their keyword
 * {@code mspl13_basic}, {@code mspl13_c} or {@code mspl13_masm} names the library each came from,
 * and that is what they are listed under: {@code Programmer's Library: BASIC}.
 */
final class Products {
  static final String SEE_ARTICLE = "See article";
  static final String LIBRARY_PREFIX = "Programmer's Library: ";
  /** {@code mspl13_basic}: the Microsoft Programmer's Library 1.3's BASIC library. */
  private static final Pattern LIBRARY_KEYWORD = Pattern.compile("mspl\\d*_(\\w+)", Pattern.CASE_INSENSITIVE);

  private Products() {}

  /**
   * The products of a page whose header's {@code Product(s)} is {@code product}: none when it is
   * empty; the libraries its {@code keywords} name when it is {@code See article} (as written
   * when they name none); else the header's product.
   */
  /** Whether {@code keyword} names a library of the Programmer's Library ({@code mspl13_masm}). */
  static boolean isLibrary(String keyword) {
    return LIBRARY_KEYWORD.matcher(keyword).matches();
  }

  static List<String> of(String product, List<String> keywords) {
    if (product.isEmpty()) {
      return List.of();
    }
    if (!product.equalsIgnoreCase(SEE_ARTICLE)) {
      return List.of(product);
    }
    List<String> libraries = new ArrayList<>();
    for (String keyword : keywords) {
      Matcher m = LIBRARY_KEYWORD.matcher(keyword);
      if (m.matches()) {
        String library = LIBRARY_PREFIX + m.group(1).toUpperCase(Locale.ROOT);
        if (!libraries.contains(library)) {
          libraries.add(library);
        }
      }
    }
    return libraries.isEmpty() ? List.of(product) : libraries;
  }
}
