package org.kbsite.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.kbsite.parse.PageException;
import org.junit.jupiter.api.Test;

/** The header's date, as the archive writes it (09-APR-1999, 9-apr-1999), and what is no date. */
class HeaderFieldsTest {
  @Test
  void aDateIsReadInAnyCaseWithOneOrTwoDigitDays() throws Exception {
    assertEquals(LocalDate.of(1999, 4, 9), HeaderFields.read(List.of("Article: Q158279", "Last Modified: 09-APR-1999"), 11).lastModified());
    assertEquals(LocalDate.of(2000, 2, 29), HeaderFields.read(List.of("Article: Q158279", "Last Modified: 29-feb-2000"), 11).lastModified());
  }

  @Test
  void aDayTheMonthDoesNotHaveIsRejectedWithItsLine() {
    PageException e = assertThrows(PageException.class,
        () -> HeaderFields.read(List.of("Article: Q158279", "Product(s): Microsoft Exchange", "Last Modified: 31-FEB-1999"), 11));
    assertEquals(13, e.line());
    assertEquals("'Last Modified:' is not a date like 09-APR-1999: 31-FEB-1999", e.getMessage());
    assertThrows(PageException.class, () -> HeaderFields.read(List.of("Article: Q158279", "Last Modified: 29-FEB-1999"), 11));
  }
}
