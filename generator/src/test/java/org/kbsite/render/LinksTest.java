package org.kbsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.kbsite.index.SiteIndex;
import org.kbsite.index.Summaries;
import org.kbsite.model.KbId;
import org.junit.jupiter.api.Test;

class LinksTest {
  private final Links links = new Links("/kbarchive/", null, new SiteIndex(Summaries.small()));

  @Test
  void qNumbersInTextLinkToArticlesOrToTheMissingList() {
    Span.Text text = links.linker(new KbId(100001), Set.of()).link("See Q100002 and Q999999, not Q100001 or Q100002.exe.");
    assertEquals(List.of(
        new Span("See ", null, false),
        new Span("Q100002", "/kbarchive/kb/100/Q100002/", false),
        new Span(" and ", null, false),
        new Span("Q999999", "/kbarchive/missing/#Q999999", true),
        new Span(", not Q100001 or Q100002.exe.", null, false)), text.spans());
  }

  /** What an article says to type, marked "(without the quotation marks)", is code: the quotes stay as text. */
  @Test
  void quotedTextToTypeIsCode() {
    Span.Linker linker = links.linker(new KbId(100001), Set.of());
    assertEquals(List.of(new Span("In the Open box, type \"", null, false), new Span("regedit /s", null, false, true),
        new Span("\" (without the quotation marks).", null, false)),
        linker.link("In the Open box, type \"regedit /s\" (without the quotation marks).").spans());
    // Only the quoted text the note follows; the note wrapped at the end of a preformatted line.
    assertEquals(List.of(new Span("Name them \"a\" and \"", null, false), new Span("b", null, false, true),
        new Span("\" (without the", null, false)), linker.link("Name them \"a\" and \"b\" (without the").spans());
    assertEquals(List.of(new Span("type \"", null, false), new Span("exit", null, false, true), new Span("\" (without quotes)", null, false)),
        linker.link("type \"exit\" (without quotes)").spans());
    // The archive often pads the quotes with spaces: the code is what is inside them.
    assertEquals(List.of(new Span("At the prompt, type \" ", null, false), new Span("fdisk", null, false, true),
        new Span(" \" (without the quotation marks).", null, false)),
        linker.link("At the prompt, type \" fdisk \" (without the quotation marks).").spans());
    // Other quoted text, and a "without" that is not the note, are text.
    assertEquals(List.of(new Span("the \"Not Read\" notice (without any change)", null, false)),
        linker.link("the \"Not Read\" notice (without any change)").spans());
  }

  @Test
  void eventIdsOfTheArticlesEntriesLinkToTheirEventPages() {
    Span.Text text = links.linker(new KbId(100001), Set.of(1294, 9318))
        .link("Event ID: 1294 (see Q100002), EventID 9318, Event ID (9318), event id 7, Event ID 0x1294.");
    assertEquals(List.of(
        new Span("Event ID: ", null, false),
        new Span("1294", "/kbarchive/events/1294/", false),
        new Span(" (see ", null, false),
        new Span("Q100002", "/kbarchive/kb/100/Q100002/", false),
        new Span("), EventID ", null, false),
        new Span("9318", "/kbarchive/events/9318/", false),
        new Span(", Event ID (", null, false),
        new Span("9318", "/kbarchive/events/9318/", false),
        new Span("), event id 7, Event ID 0x1294.", null, false)), text.spans());
    assertEquals(List.of(new Span("Event ", null, false), new Span("1294", "/kbarchive/events/1294/", false),
        new Span(" - Type:Warning", null, false)), links.linker(new KbId(100001), Set.of(1294)).link("Event 1294 - Type:Warning").spans());
    // Not a range's first number, nor a number glued to a word.
    assertEquals(List.of(new Span("Event ID 1294-1300 and Event1294_Click", null, false)),
        links.linker(new KbId(100001), Set.of(1294)).link("Event ID 1294-1300 and Event1294_Click").spans());
    // Q167248's "Event ID:5512Log: System": a label glued after the number.
    assertEquals(List.of(new Span("Event ID:", null, false), new Span("1294", "/kbarchive/events/1294/", false),
        new Span("Log: System", null, false)), links.linker(new KbId(100001), Set.of(1294)).link("Event ID:1294Log: System").spans());
    // An article without entries links no event ID, however its text mentions one.
    assertEquals(List.of(new Span("Event ID 1294", null, false)),
        links.linker(new KbId(100001), Set.of()).link("Event ID 1294").spans());
  }

  @Test
  void webAddressesLinkOutWithoutTheirSentencesPunctuation() {
    Span.Text text = links.linker(new KbId(100001), Set.of()).link(
        "See http://www.microsoft.com/windows. (ftp://ftp.microsoft.com/softlib/mslfiles/Fw1003.exe), www.hp.com and"
            + " http://support.microsoft.com/default.aspx?scid=kb;EN-US;Q100002;");
    assertEquals(List.of(
        new Span("See ", null, false),
        new Span("http://www.microsoft.com/windows", "http://www.microsoft.com/windows", false),
        new Span(". (", null, false),
        new Span("ftp://ftp.microsoft.com/softlib/mslfiles/Fw1003.exe", "ftp://ftp.microsoft.com/softlib/mslfiles/Fw1003.exe", false),
        new Span("), ", null, false),
        new Span("www.hp.com", "http://www.hp.com", false),
        new Span(" and ", null, false),
        new Span("http://support.microsoft.com/default.aspx?scid=kb;EN-US;Q100002",
            "http://support.microsoft.com/default.aspx?scid=kb;EN-US;Q100002", false),
        new Span(";", null, false)), text.spans());
    assertEquals(true, text.spans().get(1).external());
    // A bracket the address opened is its own; placeholders and hosts without a domain are no places.
    assertEquals("http://msdn.microsoft.com/library/en-us/dnmfc/html/mfc(vs.71).asp", links.linker(new KbId(100001), Set.of())
        .link("at http://msdn.microsoft.com/library/en-us/dnmfc/html/mfc(vs.71).asp.").spans().get(1).href());
    // Q181129: "(www.zonelabs.com)--for example"; Q159007's address in capitals links out too.
    assertEquals("http://www.zonelabs.com", links.linker(new KbId(100001), Set.of())
        .link("(www.zonelabs.com)--for example").spans().get(1).href());
    Span upper = links.linker(new KbId(100001), Set.of()).link("HTTP://ENCARTA.MSN.COM/").spans().get(0);
    assertEquals("HTTP://ENCARTA.MSN.COM/", upper.href());
    assertEquals(true, upper.external());
    assertEquals(List.of(new Span("http://localhost/iisHelp/ and http://<server>/scripts and http://server/share", null, false)),
        links.linker(new KbId(100001), Set.of()).link("http://localhost/iisHelp/ and http://<server>/scripts and http://server/share")
            .spans());
  }

  @Test
  void termsHaveOnePageEach() {
    assertEquals("keywords/kbrare/", links.term("keywords", null, "KBRARE"));
    assertEquals("versions/p-4-0/", links.term("versions", "P", "4.0"));
    assertEquals(null, links.term("versions", "Q", "4.0"));
    assertEquals("missing/page/3/", Links.page("missing/", 3));
    assertEquals(null, links.absolute("kb/"));
  }
}
