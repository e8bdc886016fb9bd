package org.kbsite.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker, set up once and run over many documents; collects errors, not warnings. */
public final class NuChecker {
  private final List<String> errors = new ArrayList<>();
  private final SimpleDocumentValidator validator = new SimpleDocumentValidator();

  public NuChecker() throws Exception {
    ErrorHandler handler = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getSystemId() + ":" + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, handler);
    validator.setUpValidatorAndParsers(handler, false, false);
  }

  public void checkFile(Path page) throws IOException, SAXException {
    validator.checkHtmlFile(page.toFile(), true);
  }

  public void checkHtml(String name, String html) throws IOException, SAXException {
    InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    source.setEncoding("UTF-8");
    source.setSystemId(name);
    validator.checkHtmlInputSource(source);
  }

  public void checkCss(Path css) throws IOException, SAXException {
    validator.checkCssFile(css.toFile(), true);
  }

  public List<String> errors() {
    return errors;
  }
}
